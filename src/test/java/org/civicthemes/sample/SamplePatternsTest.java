package org.civicthemes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted patterns, measured on the rows of the bundled sample (20,000 rows, seed 311, default range).
 * Bands are wide enough for another seed, narrow enough that a broken pattern fails.
 */
class SamplePatternsTest {

    private static final SampleOptions OPTIONS = SampleOptions.defaults();
    private static List<SampleRow> rows;

    @BeforeAll
    static void generate() {
        rows = new ArrayList<>(OPTIONS.rows());
        new SampleRows(OPTIONS).forEachRemaining(rows::add);
    }

    /** Share of rows matching {@code days} whose topic is {@code topic}. */
    private static double share(Topic topic, Predicate<LocalDate> days) {
        long all = 0;
        long hits = 0;
        for (SampleRow r : rows) {
            if (days.test(r.created().toLocalDate())) {
                all++;
                hits += r.topic() == topic ? 1 : 0;
            }
        }
        assertTrue(all > 0, "no rows on those days");
        return hits / (double) all;
    }

    private static double fraction(Predicate<SampleRow> p) {
        return rows.stream().filter(p).count() / (double) rows.size();
    }

    private static Predicate<LocalDate> months(int... ms) {
        return d -> {
            for (int m : ms) {
                if (d.getMonthValue() == m) {
                    return true;
                }
            }
            return false;
        };
    }

    @Test
    void exactlyTheRowsAskedForInCreatedOrder() {
        assertEquals(OPTIONS.rows(), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertFalse(rows.get(i).created().isBefore(rows.get(i - 1).created()), "sorted at " + i);
        }
        assertFalse(rows.get(0).created().toLocalDate().isBefore(OPTIONS.start()));
        assertFalse(rows.get(rows.size() - 1).created().toLocalDate().isAfter(OPTIONS.end()));
    }

    @Test
    void fireworksCrowdIntoLateJuneAndEarlyJuly() {
        double window = share(Topic.FIREWORKS, Seasonality::inFireworksWindow);
        double julyFourthAndFifth = share(Topic.FIREWORKS, d -> d.getMonthValue() == 7
                && (d.getDayOfMonth() == 4 || d.getDayOfMonth() == 5));
        double newYear = share(Topic.FIREWORKS, d -> d.getMonthValue() == 12 && d.getDayOfMonth() == 31
                || d.getMonthValue() == 1 && d.getDayOfMonth() == 1);
        double rest = share(Topic.FIREWORKS, d -> !Seasonality.inFireworksWindow(d)
                && !(d.getMonthValue() == 12 && d.getDayOfMonth() >= 28) && !(d.getMonthValue() == 1
                && d.getDayOfMonth() == 1));
        assertTrue(window > 10 * rest, "window " + window + " vs rest " + rest);
        assertTrue(julyFourthAndFifth > 2.5 * window, "July 4-5 " + julyFourthAndFifth + " vs window " + window);
        assertTrue(newYear > 5 * rest, "New Year " + newYear + " vs rest " + rest);
        long inWindow = rows.stream().filter(r -> r.topic() == Topic.FIREWORKS
                && Seasonality.inFireworksWindow(r.created().toLocalDate())).count();
        long fireworks = rows.stream().filter(r -> r.topic() == Topic.FIREWORKS).count();
        assertTrue(inWindow > fireworks / 2, inWindow + " of " + fireworks + " fireworks in the window");
    }

    @Test
    void seasonsShowInStormDrainsWeedsPotholesAndSnow() {
        double stormWinter = share(Topic.STORM_DRAIN, months(11, 12, 1, 2));
        double stormSummer = share(Topic.STORM_DRAIN, months(5, 6, 7, 8));
        assertTrue(stormWinter > 3 * stormSummer, "storm drains " + stormWinter + " vs " + stormSummer);
        double weedsSummer = share(Topic.OVERGROWN_VEGETATION, months(5, 6, 7, 8));
        double weedsWinter = share(Topic.OVERGROWN_VEGETATION, months(11, 12, 1, 2));
        assertTrue(weedsSummer > 4 * weedsWinter, "weeds " + weedsSummer + " vs " + weedsWinter);
        double potholeSpring = share(Topic.POTHOLE, months(2, 3, 4));
        double potholeAutumn = share(Topic.POTHOLE, months(7, 8, 9, 10));
        assertTrue(potholeSpring > 2 * potholeAutumn, "potholes " + potholeSpring + " vs " + potholeAutumn);
        assertEquals(0.0, share(Topic.SNOW_ICE, months(4, 5, 6, 7, 8, 9, 10)));
    }

    @Test
    void billingAndBulkPickupComeOnTheFirstFiveDays() {
        for (Topic t : List.of(Topic.UTILITY_BILLING, Topic.BULK_PICKUP)) {
            double early = share(t, d -> d.getDayOfMonth() <= 5);
            double later = share(t, d -> d.getDayOfMonth() > 5);
            assertTrue(early > 4 * later, t + ": " + early + " vs " + later);
        }
    }

    @Test
    void noiseHappensOnFridayAndSaturdayNights() {
        long noise = 0;
        long weekendNights = 0;
        long lateNight = 0;
        for (SampleRow r : rows) {
            if (r.topic() != Topic.NOISE) {
                continue;
            }
            noise++;
            DayOfWeek dow = r.created().getDayOfWeek();
            int hour = r.created().getHour();
            boolean evening = hour >= 18 && (dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY);
            boolean afterMidnight = hour < 5 && (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY);
            weekendNights += evening || afterMidnight ? 1 : 0;
            lateNight += hour >= 21 || hour < 3 ? 1 : 0;
        }
        // Fri/Sat evenings plus Sat/Sun small hours: uniform over the week would give under a third.
        assertTrue(weekendNights > 0.5 * noise, weekendNights + " of " + noise);
        assertTrue(lateNight > 0.6 * noise, lateNight + " of " + noise);
    }

    @Test
    void phoneRequestsComeInOfficeHoursOnWeekdays() {
        List<SampleRow> phone = rows.stream()
                .filter(r -> r.source().equals("Phone") && !Timing.isNight(r.topic())).toList();
        double weekday = phone.stream().filter(r -> !Timing.isWeekend(r.created().toLocalDate())).count()
                / (double) phone.size();
        double office = phone.stream().filter(r -> r.created().getHour() >= 8 && r.created().getHour() < 17).count()
                / (double) phone.size();
        assertTrue(weekday > 0.9, "weekday share " + weekday);
        assertTrue(office > 0.8, "office-hours share " + office);
    }

    @Test
    void scootersEmergeInTheLastTwoMonths() {
        LocalDate ramp = OPTIONS.end().minusDays(Seasonality.EMERGING_DAYS - 1L);
        double before = share(Topic.E_SCOOTER, d -> d.isBefore(ramp));
        double after = share(Topic.E_SCOOTER, d -> !d.isBefore(ramp));
        double lastMonth = share(Topic.E_SCOOTER, d -> d.isAfter(OPTIONS.end().minusDays(30)));
        assertTrue(before < 0.002, "before " + before);
        assertTrue(after > 0.03, "after " + after);
        assertTrue(lastMonth > after, "still growing: " + lastMonth + " vs " + after);
        assertTrue(rows.stream().filter(r -> r.topic() == Topic.E_SCOOTER && r.created().toLocalDate().isBefore(ramp))
                .allMatch(r -> r.category().equals("Other")), "no scooter category before the programme");
    }

    @Test
    void languagesEmptyTextsAndPersonalDetailsAreInTheirBands() {
        double spanish = fraction(r -> r.language() == Language.SPANISH);
        double vietnamese = fraction(r -> r.language() == Language.VIETNAMESE);
        double empty = fraction(r -> r.text().isEmpty());
        assertTrue(spanish > 0.045 && spanish < 0.075, "Spanish " + spanish);
        assertTrue(vietnamese > 0.005 && vietnamese < 0.016, "Vietnamese " + vietnamese);
        assertTrue(empty > 0.02 && empty < 0.04, "empty " + empty);

        Pattern phone = Pattern.compile("\\(?555\\)?[ .-]?\\d{3}[ .-]?\\d{4}");
        Pattern email = Pattern.compile("[\\w.]+@[\\w.]+\\.(com|net|org)");
        double phones = fraction(r -> phone.matcher(r.text()).find());
        double emails = fraction(r -> email.matcher(r.text()).find());
        assertTrue(phones > 0.012 && phones < 0.03, "phones " + phones);
        assertTrue(emails > 0.005 && emails < 0.016, "emails " + emails);
        assertTrue(rows.stream().anyMatch(r -> r.text().contains("(555) ")), "the (555) 201-3344 form");
        assertTrue(rows.stream().anyMatch(r -> r.text().matches(".*555\\.\\d{3}\\.\\d{4}.*")), "the dotted form");

        Pattern plate = Pattern.compile("(?i)(plate|tag #)\\s*:?\\s*[0-9A-Z]{3,}");
        long vehicles = rows.stream().filter(r -> r.topic() == Topic.ABANDONED_VEHICLE).count();
        long withPlate = rows.stream().filter(r -> r.topic() == Topic.ABANDONED_VEHICLE
                && plate.matcher(r.text()).find()).count();
        assertTrue(withPlate > 0.1 * vehicles, withPlate + " of " + vehicles + " abandoned vehicles with a plate");
    }

    @Test
    void spanishAndVietnameseTextsAreWrittenInThoseLanguages() {
        Pattern spanishWords = Pattern.compile("(?iu)\\b(la|el|de|en|hay|mi|los|las|que|por|una?)\\b");
        Pattern vietnameseWords = Pattern.compile(
                "(?iu)([\\u1EA0-\\u1EF9đươă]|\\b(co|nha|duong|rac|xe|den|chuot|cay|nuoc|hang|tieng|hoa|bi|toi|lay|muon|khong)\\b)");
        for (SampleRow r : rows) {
            if (r.language() == Language.SPANISH && !r.text().isEmpty()) {
                assertTrue(spanishWords.matcher(r.text()).find(), r.text());
            }
            if (r.language() == Language.VIETNAMESE && !r.text().isEmpty()) {
                assertTrue(vietnameseWords.matcher(r.text()).find(), r.text());
            }
        }
    }

    @Test
    void aboutFivePercentCarryAWrongOrGenericType() {
        LocalDate ramp = OPTIONS.end().minusDays(Seasonality.EMERGING_DAYS - 1L);
        // scooters before the programme are filed under Other because their category did not exist yet
        Predicate<SampleRow> wronglyFiled = r -> r.mislabelled()
                && !(r.topic() == Topic.E_SCOOTER && r.created().toLocalDate().isBefore(ramp));
        double wrong = fraction(wronglyFiled);
        assertTrue(wrong > 0.035 && wrong < 0.065, "mislabelled " + wrong);
        Set<String> targets = new HashSet<>();
        rows.stream().filter(wronglyFiled).forEach(r -> {
            assertFalse(r.text().isEmpty(), "a wrong type always comes with a text that says otherwise");
            targets.add(r.category());
        });
        assertTrue(targets.contains("Other") && targets.contains("General Inquiry") && targets.size() > 10, "" + targets);
    }

    @Test
    void recurringQuestionsAreAsked() {
        double questions = fraction(r -> r.description().question());
        assertTrue(questions > 0.02 && questions < 0.08, "questions " + questions);
        Map<String, Integer> asked = new HashMap<>();
        rows.stream().filter(r -> r.description().question())
                .forEach(r -> asked.merge(normal(r.description().template()), 1, Integer::sum));
        assertTrue(asked.getOrDefault(normal("When will my bulk pickup be scheduled?"), 0) >= 3, "" + asked);
        assertTrue(asked.getOrDefault(normal("How do I get a new recycling bin?"), 0) >= 3, "" + asked);
        assertTrue(asked.getOrDefault(normal("¿Cuándo pasan a recoger la basura?"), 0) >= 1, "" + asked);
        assertTrue(asked.keySet().stream().anyMatch(q -> q.startsWith("who do i call about")), "" + asked.keySet());
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void someProblemsAreReportedTwiceWithinDays() {
        Map<String, SampleRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.requestId(), r));
        List<SampleRow> seconds = rows.stream().filter(r -> !r.duplicateOf().isEmpty()).toList();
        assertTrue(seconds.size() > 0.015 * rows.size(), "near-duplicates: " + seconds.size());
        int reworded = 0;
        for (SampleRow second : seconds) {
            SampleRow first = byId.get(second.duplicateOf());
            assertEquals(first.topic(), second.topic());
            assertEquals(first.address(), second.address());
            long days = ChronoUnit.DAYS.between(first.created().toLocalDate(), second.created().toLocalDate());
            assertTrue(days >= 1 && days <= 8, "reported again after " + days + " days");
            reworded += first.text().equals(second.text()) ? 0 : 1;
        }
        assertTrue(reworded > 0.9 * seconds.size(), "near, not exact, duplicates");
        assertTrue(rows.stream().anyMatch(r -> r.status().equals("Duplicate")));
    }

    @Test
    void textsAreVariedAndOfResidentLength() {
        List<String> texts = rows.stream().map(SampleRow::text).filter(t -> !t.isEmpty()).toList();
        long distinct = new HashSet<>(texts).size();
        assertTrue(distinct > 0.85 * texts.size(), distinct + " distinct of " + texts.size());
        int longest = 0;
        long oneWord = 0;
        for (String t : texts) {
            int words = t.trim().split("\\s+").length;
            longest = Math.max(longest, words);
            oneWord += words == 1 ? 1 : 0;
        }
        assertTrue(longest <= DescriptionWriter.MAX_WORDS && longest >= 35, "longest " + longest);
        assertTrue(oneWord > 0 && oneWord < 0.03 * texts.size(), "one-word texts " + oneWord);
        assertTrue(texts.stream().anyMatch(t -> t.equals(t.toLowerCase(Locale.ROOT)) && t.length() > 30));
        assertTrue(texts.stream().anyMatch(t -> t.equals(t.toUpperCase(Locale.ROOT)) && t.length() > 30));
        assertTrue(texts.stream().anyMatch(t -> t.contains(" pls ") || t.contains(" asap") || t.contains(" b/c ")));
    }

    @Test
    void everyTypeAppearsAndClosingFollowsTheLifecycle() {
        Set<String> categories = new HashSet<>();
        LocalDateTime exported = SampleRows.exportedAt(OPTIONS);
        for (SampleRow r : rows) {
            categories.add(r.category());
            if (r.closed() != null) {
                assertTrue(r.closed().isAfter(r.created()) && !r.closed().isAfter(exported), r.requestId());
            }
        }
        assertEquals(Topic.values().length, categories.size(), "" + categories);
        double medianNoiseHours = medianHoursToClose(Topic.NOISE);
        double medianTreeHours = medianHoursToClose(Topic.TREE_TRIMMING);
        assertTrue(medianTreeHours > 50 * medianNoiseHours, medianTreeHours + " vs " + medianNoiseHours);
    }

    private static double medianHoursToClose(Topic topic) {
        List<Long> hours = rows.stream().filter(r -> r.topic() == topic && r.closed() != null)
                .map(r -> ChronoUnit.HOURS.between(r.created(), r.closed())).sorted().toList();
        return hours.get(hours.size() / 2) + 0.5;
    }
}
