package org.civicthemes.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The rows of one sample, in created order, made a day at a time so a million rows need little memory.
 * Each day: its planned count, first the second reports that fall due, then new requests by the day's topic
 * weights; sorted by time, then numbered per year.
 */
final class SampleRows implements Iterator<SampleRow> {

    static final double EMPTY_TEXT = 0.03;
    /** Of requests with text. */
    static final double SPANISH = 0.06;
    /** Of requests with text. */
    static final double VIETNAMESE = 0.01;
    /** Share of first reports with text that someone reports again 1 to 5 days later. */
    static final double NEAR_DUPLICATE = 0.03;
    static final int DUPLICATE_MAX_DAYS_LATER = 5;
    /** Spanish requests come mostly from districts 2 and 7, Vietnamese ones from district 5. */
    static final double LANGUAGE_DISTRICT_AFFINITY = 0.6;

    private final SampleOptions options;
    private final Random rng;
    private final Seasonality seasonality;
    private final DayPlan plan;
    private final RivertonMap map = new RivertonMap();
    private final RequestFactory factory;
    private final ArrayDeque<SampleRow> ready = new ArrayDeque<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing(Pending::due).thenComparingLong(Pending::order));
    private final Map<Integer, Integer> numberInYear = new HashMap<>();
    private final double[] weights = new double[Topic.values().length];
    private int dayIndex;
    private long pendingOrder;

    SampleRows(SampleOptions options) {
        this.options = options;
        this.rng = new Random(options.seed());
        this.seasonality = new Seasonality(options);
        this.plan = new DayPlan(options, seasonality, rng);
        this.factory = new RequestFactory(seasonality, exportedAt(options));
    }

    /** The moment the fictional export was taken: 6:02:14 am the day after the range ends. */
    static LocalDateTime exportedAt(SampleOptions options) {
        return options.end().plusDays(1).atTime(6, 2, 14);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && dayIndex < plan.days()) {
            makeDay(options.start().plusDays(dayIndex), plan.count(dayIndex));
            dayIndex++;
        }
        return !ready.isEmpty();
    }

    @Override
    public SampleRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    private void makeDay(LocalDate day, int count) {
        if (count == 0) {
            return;
        }
        Topic[] topics = Topic.values();
        for (int i = 0; i < topics.length; i++) {
            weights[i] = seasonality.weight(topics[i], day);
        }
        List<Made> made = new ArrayList<>(count);
        while (made.size() < count && !pending.isEmpty() && !pending.peek().due().isAfter(day)) {
            Pending p = pending.poll();
            Slots slots = p.slots().copyFor(rng, day);
            made.add(new Made(factory.duplicate(p.first(), slots, day, rng), slots));
        }
        while (made.size() < count) {
            made.add(fresh(day));
        }
        made.sort(Comparator.comparing(m -> m.row().created()));
        for (Made m : made) {
            SampleRow row = m.row().withRequestId(nextId(day));
            ready.addLast(row);
            boolean firstReport = row.duplicateOf().isEmpty() && !row.text().isEmpty()
                    && !row.description().question();
            if (firstReport && rng.nextDouble() < NEAR_DUPLICATE) {
                LocalDate due = day.plusDays(1 + rng.nextInt(DUPLICATE_MAX_DAYS_LATER));
                if (!due.isAfter(options.end())) {
                    pending.add(new Pending(due, pendingOrder++, row, m.slots()));
                }
            }
        }
    }

    private Made fresh(LocalDate day) {
        boolean empty = rng.nextDouble() < EMPTY_TEXT;
        Language language = Language.ENGLISH;
        if (!empty) {
            double r = rng.nextDouble();
            language = r < SPANISH ? Language.SPANISH : r < SPANISH + VIETNAMESE ? Language.VIETNAMESE
                    : Language.ENGLISH;
        }
        Topic topic = pickTopic(language);
        if (!Phrasebook.of(topic).has(language)) {
            language = Language.ENGLISH;
        }
        Location location = map.randomLocation(rng, district(language));
        Slots slots = new Slots(rng, location, day);
        return new Made(factory.create(topic, language, slots, day, empty, rng), slots);
    }

    /** A topic by the day's weights, among those with texts in the language. */
    private Topic pickTopic(Language language) {
        Topic[] topics = Topic.values();
        if (language == Language.ENGLISH) {
            return topics[Weighted.pick(weights, rng)];
        }
        double[] filtered = new double[topics.length];
        double sum = 0;
        for (int i = 0; i < topics.length; i++) {
            filtered[i] = Phrasebook.of(topics[i]).has(language) ? weights[i] : 0;
            sum += filtered[i];
        }
        return topics[Weighted.pick(sum > 0 ? filtered : weights, rng)];
    }

    private int district(Language language) {
        if (language == Language.SPANISH && rng.nextDouble() < LANGUAGE_DISTRICT_AFFINITY) {
            return rng.nextBoolean() ? 2 : 7;
        }
        if (language == Language.VIETNAMESE && rng.nextDouble() < LANGUAGE_DISTRICT_AFFINITY) {
            return 5;
        }
        return map.pickDistrict(rng);
    }

    private String nextId(LocalDate day) {
        int n = numberInYear.merge(day.getYear(), 1, Integer::sum);
        return String.format(Locale.ROOT, "RIV-%02d-%06d", day.getYear() % 100, n);
    }

    private record Made(SampleRow row, Slots slots) {
    }

    private record Pending(LocalDate due, long order, SampleRow first, Slots slots) {
    }
}
