package org.civicthemes.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The invented geography of Riverton: nine council districts on a 3 x 3 grid, their streets and landmarks.
 * Coordinates fall on open country; no address is real.
 */
final class RivertonMap {

    static final double SOUTH = 38.850;
    static final double WEST = -92.980;
    static final double CELL_LAT = 0.035;
    static final double CELL_LON = 0.045;
    static final double MISSING_COORDINATES = 0.015;
    static final double INTERSECTION_SHARE = 0.15;

    /** Relative number of requests per district 1..9. */
    private static final double[] DISTRICT_WEIGHTS = {1.2, 1.15, 1.0, 0.85, 1.05, 1.1, 1.0, 0.75, 0.9};

    private static final String[][] NAMED_STREETS = {
        {"Maple", "Oak", "Elm", "Cedar", "Birch", "Willow", "Hickory", "Walnut"},
        {"Grand", "Main", "Market", "Front", "Water", "Bridge", "Mill", "Depot"},
        {"Lincoln", "Washington", "Jefferson", "Madison", "Monroe", "Jackson", "Adams", "Grant"},
        {"Sunset", "Hillcrest", "Ridgeway", "Fairview", "Highland", "Summit", "Crestview", "Valley View"},
        {"Riverside", "Harbor", "Levee", "Canal", "Ferry", "Landing", "Shore", "Bayou"},
        {"Magnolia", "Dogwood", "Juniper", "Aspen", "Cypress", "Sycamore", "Poplar", "Spruce"},
        {"Kingston", "Cambridge", "Oxford", "Wellington", "Dover", "Avon", "Windsor", "Stratford"},
        {"Prairie", "Meadow", "Orchard", "Harvest", "Quail", "Pheasant", "Cottonwood", "Bluestem"},
        {"Industrial", "Commerce", "Railroad", "Foundry", "Airport", "Terminal", "Freight", "Warehouse"},
    };
    private static final String[][] SUFFIXES = {
        {"St", "Street"}, {"Ave", "Avenue"}, {"Blvd", "Boulevard"}, {"Dr", "Drive"}, {"Rd", "Road"},
        {"Ln", "Lane"}, {"Ct", "Court"}, {"Way", "Way"}, {"Pl", "Place"}, {"Pkwy", "Parkway"},
    };
    private static final String[][] LANDMARKS = {
        {"Maple Grove Park", "the Oak St library branch", "Walnut Hills Elementary", "the Elm St laundromat"},
        {"City Hall", "the Grand Ave bus station", "the farmers market lot", "Main St post office"},
        {"Lincoln High School", "Jefferson Park", "the Adams St rec center", "St. Mary's church"},
        {"Sunset Plaza shopping center", "Highland Middle School", "the Summit water tower", "Fairview pool"},
        {"Riverside Park", "the boat ramp", "the Levee trail", "Harbor Point apartments"},
        {"Magnolia Square", "the Dogwood community garden", "Cypress Elementary", "the dollar store on Aspen"},
        {"Windsor Village apartments", "Kingston Park", "the Oxford Ave gas station", "Dover senior center"},
        {"Prairie View soccer fields", "the Meadow Lake dog park", "Orchard Hills church", "Quail Run trailhead"},
        {"the Commerce Dr truck stop", "the old rail yard", "the Airport Rd overpass", "Foundry Lofts"},
    };

    private final List<List<Street>> streetsByDistrict;

    RivertonMap() {
        List<List<Street>> all = new ArrayList<>();
        for (int d = 0; d < NAMED_STREETS.length; d++) {
            List<Street> streets = new ArrayList<>();
            for (int i = 0; i < NAMED_STREETS[d].length; i++) {
                String[] suffix = SUFFIXES[(d * 3 + i) % SUFFIXES.length];
                streets.add(new Street(NAMED_STREETS[d][i], suffix[0], suffix[1]));
            }
            for (int n = d * 3 + 1; n <= d * 3 + 4; n++) {
                boolean avenue = n % 2 == 0;
                streets.add(new Street(ordinal(n), avenue ? "Ave" : "St", avenue ? "Avenue" : "Street"));
            }
            all.add(List.copyOf(streets));
        }
        this.streetsByDistrict = List.copyOf(all);
    }

    /** A location in a random district, weighted by district size. */
    Location randomLocation(Random rng) {
        return randomLocation(rng, pickDistrict(rng));
    }

    /** A location in the given district (1..9). */
    Location randomLocation(Random rng, int district) {
        List<Street> streets = streetsByDistrict.get(district - 1);
        Street street = streets.get(rng.nextInt(streets.size()));
        String landmark = LANDMARKS[district - 1][rng.nextInt(LANDMARKS[district - 1].length)];
        int row = (district - 1) / 3;
        int col = (district - 1) % 3;
        double lat = SOUTH + CELL_LAT * (row + 0.05 + 0.9 * rng.nextDouble());
        double lon = WEST + CELL_LON * (col + 0.05 + 0.9 * rng.nextDouble());
        if (rng.nextDouble() < MISSING_COORDINATES) {
            lat = Double.NaN;
            lon = Double.NaN;
        }
        Street cross;
        do {
            cross = streets.get(rng.nextInt(streets.size()));
        } while (isNumbered(cross) == isNumbered(street)); // numbered streets cross named ones
        if (rng.nextDouble() < INTERSECTION_SHARE) {
            return new Location(district, 0, "", street, cross, true, landmark, lat, lon);
        }
        int number = 100 + rng.nextInt(98) * 100 + rng.nextInt(50) * 2 + (rng.nextBoolean() ? 1 : 0);
        boolean numbered = isNumbered(street);
        String direction = numbered && rng.nextDouble() < 0.6 ? (rng.nextBoolean() ? "N" : "S")
                : !numbered && rng.nextDouble() < 0.2 ? (rng.nextBoolean() ? "E" : "W") : "";
        return new Location(district, number, direction, street, cross, false, landmark, lat, lon);
    }

    private static boolean isNumbered(Street street) {
        return Character.isDigit(street.name().charAt(0));
    }

    int pickDistrict(Random rng) {
        return 1 + Weighted.pick(DISTRICT_WEIGHTS, rng);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
