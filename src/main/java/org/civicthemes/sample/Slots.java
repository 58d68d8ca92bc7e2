package org.civicthemes.sample;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Fills the {slots} of a template for one request. A slot keeps its first value for the whole request, so a
 * street named twice is the same street; a near-duplicate report copies the bindings of the first one.
 */
final class Slots {

    private static final List<String> COLOURS = List.of("white", "black", "silver", "gray", "red", "blue",
            "dark green", "tan", "maroon", "gold", "grey", "dark blue");
    private static final List<String> COLOURS_ES = List.of("blanco", "negro", "gris", "plateado", "rojo", "azul",
            "verde");
    private static final List<String> MAKES = List.of("Honda Civic", "Toyota Camry", "Ford F-150", "Chevy Malibu",
            "Nissan Altima", "Dodge Charger", "Jeep Cherokee", "Hyundai Elantra", "Ford Explorer", "Toyota Corolla",
            "Kia Optima", "Chevy Silverado", "Subaru Outback", "VW Jetta", "Buick LeSabre", "Honda Accord",
            "Chrysler minivan", "Ford Taurus", "GMC Yukon", "Mazda 3");
    private static final List<String> VEHICLES = List.of("car", "truck", "van", "SUV", "RV", "trailer", "pickup",
            "sedan", "camper", "work van");
    private static final List<String> DAYS = List.of("2 days", "3 days", "a week", "over a week", "two weeks",
            "3 weeks", "a month", "over a month", "several days", "4 days", "10 days", "weeks");
    private static final List<String> DIAS = List.of("dos días", "tres días", "una semana", "dos semanas",
            "un mes", "varios días");
    private static final List<String> THOI_GIAN = List.of("mấy ngày nay", "cả tuần nay", "hai tuần nay",
            "gần một tháng");
    private static final List<String> TIMES = List.of("2am", "1:30 am", "midnight", "11pm", "3 in the morning",
            "12:45am", "2:15 AM", "1 am", "11:30 at night", "after midnight", "4am");
    private static final List<String> HORAS = List.of("dos de la mañana", "doce de la noche", "once de la noche",
            "una de la mañana");
    private static final List<String> HOURS = List.of("for hours", "all night", "every night", "since 9pm",
            "every weekend", "all day", "until 3am");
    private static final List<String> ITEMS = List.of("couch", "mattress", "box spring", "refrigerator",
            "washing machine", "TV", "recliner", "dresser", "water heater", "grill", "carpet roll", "sofa",
            "dishwasher", "desk", "bed frame", "love seat", "treadmill", "microwave", "table and chairs");
    private static final List<String> COSAS = List.of("un colchón", "un sillón", "llantas viejas",
            "un refrigerador", "bolsas de basura", "muebles viejos", "una lavadora", "una tele vieja");
    private static final List<String> DO_VI = List.of("nệm cũ", "ghế sofa", "tủ lạnh cũ", "máy giặt", "tivi cũ",
            "bàn ghế cũ");
    private static final List<String> ANIMALS = List.of("cat", "dog", "raccoon", "possum", "opossum", "deer",
            "squirrel", "skunk", "bird", "rabbit", "coyote", "goose");
    private static final List<String> ANIMALES = List.of("gato", "perro", "mapache", "tlacuache", "pájaro");
    private static final List<String> CON_VAT = List.of("con mèo", "con chó", "con gấu mèo", "con chim");
    private static final List<String> TREES = List.of("oak", "maple tree", "pine", "elm", "sycamore", "big tree",
            "cottonwood", "pear tree", "silver maple", "old oak");
    private static final List<String> DOGS = List.of("pit bull", "german shepherd", "small white dog", "husky",
            "black lab", "chihuahua", "big brown dog", "rottweiler");
    private static final List<String> NEIGHBOURS = List.of("My neighbor", "The house next door",
            "The apartment upstairs", "People across the street", "The neighbors at the corner house",
            "Tenants downstairs");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> WHERE_HOUSE = List.of("in front of {addr}", "at {addr}", "outside {addr}",
            "near {addr}", "by {addr}", "on {street} near {place}", "across from {addr}", "on {street} by {cross}",
            "next to {addr}", "on {street}", "near {place}", "on the corner by {addr}");
    private static final List<String> WHERE_CORNER = List.of("at {street} and {cross}",
            "at the corner of {street} & {cross}", "on {street} at {cross}", "near {street} and {cross}",
            "at {street}/{cross}", "by the intersection of {street} and {cross}");
    private static final List<String> DONDE_HOUSE = List.of("enfrente de {addr}", "en la {street}",
            "cerca de {place}", "en la calle {street}", "por {addr}");
    private static final List<String> DONDE_CORNER = List.of("en la esquina de {street} y {cross}",
            "entre {street} y {cross}");
    private static final List<String> O_DAU_HOUSE = List.of("trước nhà {addr}", "ở đường {street}",
            "gần {place}");
    private static final List<String> O_DAU_CORNER = List.of("ở góc đường {street} và {cross}",
            "ở đường {street}");

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private final Random rng;
    private final Location location;
    private final LocalDate day;
    private final Map<String, String> values;

    Slots(Random rng, Location location, LocalDate day) {
        this(rng, location, day, new HashMap<>());
    }

    private Slots(Random rng, Location location, LocalDate day, Map<String, String> values) {
        this.rng = rng;
        this.location = location;
        this.day = day;
        this.values = values;
    }

    /** Slots for a later report of the same problem: same place, same car, same items; new day, new rng. */
    Slots copyFor(Random newRng, LocalDate newDay) {
        return new Slots(newRng, location, newDay, new HashMap<>(values));
    }

    Location location() {
        return location;
    }

    /** The template with every slot filled, spaces and stray punctuation tidied. */
    String fill(String template) {
        return tidy(expand(template, 0));
    }

    private String expand(String template, int depth) {
        if (depth > 3 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                out.append(expand(value(name), depth + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String value(String name) {
        String v = values.get(name);
        if (v == null) {
            v = fresh(name);
            values.put(name, v);
        }
        return v;
    }

    private String fresh(String name) {
        switch (name) {
            case "street": return streetForm(location.street(), true);
            case "cross": return streetForm(location.cross(), false);
            case "addr": return address();
            case "place": return location.landmark();
            case "where": return Weighted.one(location.intersection() ? WHERE_CORNER : WHERE_HOUSE, rng);
            case "donde": return Weighted.one(location.intersection() ? DONDE_CORNER : DONDE_HOUSE, rng);
            case "o_dau": return Weighted.one(location.intersection() ? O_DAU_CORNER : O_DAU_HOUSE, rng);
            case "colour": return Weighted.one(COLOURS, rng);
            case "color_es": return Weighted.one(COLOURS_ES, rng);
            case "make": return Weighted.one(MAKES, rng);
            case "vehicle": return Weighted.one(VEHICLES, rng);
            case "plate": return Pii.plate(rng);
            case "days": return Weighted.one(DAYS, rng);
            case "dias": return Weighted.one(DIAS, rng);
            case "thoi_gian": return Weighted.one(THOI_GIAN, rng);
            case "time": return Weighted.one(TIMES, rng);
            case "hora": return Weighted.one(HORAS, rng);
            case "hours": return Weighted.one(HOURS, rng);
            case "item": return Weighted.one(ITEMS, rng);
            case "item2": return otherThan("item", ITEMS);
            case "cosa": return Weighted.one(COSAS, rng);
            case "cosa2": return otherThan("cosa", COSAS);
            case "do_vi": return Weighted.one(DO_VI, rng);
            case "animal": return Weighted.one(ANIMALS, rng);
            case "animal_es": return Weighted.one(ANIMALES, rng);
            case "con_vat": return Weighted.one(CON_VAT, rng);
            case "tree": return Weighted.one(TREES, rng);
            case "dog": return Weighted.one(DOGS, rng);
            case "neighbour": return Weighted.one(NEIGHBOURS, rng);
            case "weekday": return Weighted.one(WEEKDAYS, rng);
            case "num": return Integer.toString(2 + rng.nextInt(5));
            case "pole": return "RV" + (10000 + rng.nextInt(90000));
            case "year": return Integer.toString(day.getYear() - 1 - rng.nextInt(4));
            case "account": return String.format(java.util.Locale.ROOT, "%07d-%02d", rng.nextInt(10_000_000),
                    rng.nextInt(100));
            case "bill": return Integer.toString(40 + rng.nextInt(100));
            case "bill2": return Integer.toString(Integer.parseInt(value("bill")) * (3 + rng.nextInt(4)));
            default: throw new IllegalArgumentException("unknown slot {" + name + "}");
        }
    }

    private String otherThan(String slot, List<String> options) {
        String first = value(slot);
        String v;
        do {
            v = Weighted.one(options, rng);
        } while (v.equals(first));
        return v;
    }

    private String streetForm(Street street, boolean mayHaveDirection) {
        double r = rng.nextDouble();
        String form = r < 0.55 ? street.shortForm() : r < 0.75 ? street.longForm() : street.name();
        boolean directed = mayHaveDirection && !location.direction().isEmpty() && rng.nextDouble() < 0.3;
        return directed ? location.direction() + " " + form : form;
    }

    private String address() {
        if (location.intersection()) {
            return value("street") + (rng.nextBoolean() ? " & " : " and ") + value("cross");
        }
        return location.number() + " " + value("street");
    }

    /** Collapses the gaps an empty slot leaves: double spaces, " ." and ", ." */
    static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").replace(" .", ".").replace(" ,", ",").replace(",.", ".")
                .replace("..", ".").trim();
        return t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
    }
}
