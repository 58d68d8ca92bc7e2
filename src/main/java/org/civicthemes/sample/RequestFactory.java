package org.civicthemes.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Makes one request from its topic, language, place and day: text, channel, time, Request Type (sometimes the
 * wrong one), status and closed date.
 */
final class RequestFactory {

    /** Share of requests with text (not questions, not already generic) filed under a wrong or generic type. */
    static final double MISLABEL = 0.055;
    static final double MISLABEL_AS_OTHER = 0.40;
    static final double MISLABEL_AS_GENERAL_INQUIRY = 0.25;
    /** Share of second reports closed as Duplicate by the call-taker. */
    static final double DUPLICATE_STATUS = 0.7;
    /** Spread of the log-normal delay to close around the topic's median. */
    static final double DELAY_SIGMA = 0.9;
    static final double NEVER_CLOSED_SLOW = 0.04;
    static final double NEVER_CLOSED = 0.01;
    static final int WORK_STARTS = 7;
    static final int WORK_ENDS = 18;

    private final Seasonality seasonality;
    private final LocalDateTime exportedAt;

    RequestFactory(Seasonality seasonality, LocalDateTime exportedAt) {
        this.seasonality = seasonality;
        this.exportedAt = exportedAt;
    }

    /** A first report, or an empty-text one when {@code empty}. */
    SampleRow create(Topic topic, Language language, Slots slots, LocalDate day, boolean empty, Random rng) {
        Description description = empty ? Description.EMPTY
                : DescriptionWriter.write(topic, language, slots, rng, "");
        return build(topic, language, slots, day, description, "", rng);
    }

    /** A second report of the same problem, days after the first, in slightly different words. */
    SampleRow duplicate(SampleRow first, Slots slots, LocalDate day, Random rng) {
        Description description = DescriptionWriter.write(first.topic(), first.language(), slots, rng,
                first.description().template());
        return build(first.topic(), first.language(), slots, day, description, first.requestId(), rng);
    }

    private SampleRow build(Topic topic, Language language, Slots slots, LocalDate day, Description description,
                            String duplicateOf, Random rng) {
        Channel channel = Timing.channel(topic, day, rng);
        LocalDateTime created = day.atTime(Timing.timeOfDay(topic, channel, day, rng));
        String category = category(topic, description, day, rng);
        Location where = slots.location();
        LocalDateTime closed;
        String status;
        if (!duplicateOf.isEmpty() && rng.nextDouble() < DUPLICATE_STATUS) {
            closed = duringWorkHours(created.plusMinutes(60 + rng.nextInt(47 * 60)), rng);
            status = "Duplicate";
        } else {
            closed = closedAt(topic, created, rng);
            status = "Closed";
        }
        if (closed == null || closed.isAfter(exportedAt)) {
            closed = null;
            boolean recent = ChronoUnit.HOURS.between(created, exportedAt) < 48;
            status = recent || rng.nextDouble() < 0.45 ? "Open" : "In Progress";
        }
        return new SampleRow("", created, closed, status, category, where.officialAddress(), where.districtName(),
                where.latitude(), where.longitude(), channel.label(), topic, language, description, duplicateOf);
    }

    private String category(Topic topic, Description description, LocalDate day, Random rng) {
        if (topic == Topic.E_SCOOTER && day.isBefore(seasonality.emergingStart())) {
            return Topic.OTHER.category(); // the category only exists since the scooter programme began
        }
        boolean eligible = !description.text().isEmpty() && !description.question() && !topic.isGeneric();
        if (!eligible || rng.nextDouble() >= MISLABEL) {
            return topic.category();
        }
        double r = rng.nextDouble();
        if (r < MISLABEL_AS_OTHER) {
            return Topic.OTHER.category();
        }
        if (r < MISLABEL_AS_OTHER + MISLABEL_AS_GENERAL_INQUIRY) {
            return Topic.GENERAL_INQUIRY.category();
        }
        return topic.neighbour().category();
    }

    private static LocalDateTime closedAt(Topic topic, LocalDateTime created, Random rng) {
        double median = topic.medianDaysToClose();
        double neverClosed = median >= 20 ? NEVER_CLOSED_SLOW : NEVER_CLOSED;
        if (rng.nextDouble() < neverClosed) {
            return null;
        }
        double days = median * Math.exp(DELAY_SIGMA * rng.nextGaussian());
        long minutes = Math.max(10, Math.round(days * 24 * 60));
        LocalDateTime closed = created.plusMinutes(minutes);
        return Timing.isNight(topic) ? closed : duringWorkHours(closed, rng);
    }

    /** Crews close requests between 7 am and 6 pm: a later closing moves to the next morning. */
    static LocalDateTime duringWorkHours(LocalDateTime closed, Random rng) {
        int hour = closed.getHour();
        if (hour >= WORK_STARTS && hour < WORK_ENDS) {
            return closed;
        }
        LocalDate day = hour < WORK_STARTS ? closed.toLocalDate() : closed.toLocalDate().plusDays(1);
        return day.atTime(WORK_STARTS, 0).plusMinutes(rng.nextInt((WORK_ENDS - WORK_STARTS) * 60))
                .plusSeconds(rng.nextInt(60));
    }
}
