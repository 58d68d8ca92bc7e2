package org.civicthemes.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;

/**
 * Picks the channel of a request and its time of day: phone and walk-in during office hours on weekdays,
 * web and app around the clock with evening peaks, noise and fireworks late at night.
 */
final class Timing {

    /** Phone, Web, Mobile App, Email, Walk-in on a weekday. */
    static final double[] CHANNEL_WEEKDAY = {34, 24, 30, 7, 5};
    /** On a weekend: the phone line is the after-hours line, the front desk is closed. */
    static final double[] CHANNEL_WEEKEND = {10, 24, 30, 5.6, 0};
    /** Noise and fireworks: people call the line or use the app, at night. */
    static final double[] CHANNEL_NIGHT = {50, 10, 40, 0, 0};
    /** Billing and permit questions: more phone, email and front desk. */
    static final double[] CHANNEL_QUESTIONS = {45, 20, 10, 15, 10};

    private static final double[] HOURS_PHONE = {
        0, 0, 0, 0, 0, 0, 0, 2, 6, 10, 11, 10, 7, 9, 10, 9, 7, 4, 1, 0, 0, 0, 0, 0};
    private static final double[] HOURS_PHONE_WEEKEND = {
        1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 1};
    private static final double[] HOURS_WALK_IN = {
        0, 0, 0, 0, 0, 0, 0, 0, 6, 9, 10, 9, 6, 8, 9, 8, 4, 0, 0, 0, 0, 0, 0, 0};
    private static final double[] HOURS_WEB = {
        2, 1, 1, 0.5, 0.5, 1, 2, 4, 6, 8, 8, 7, 6, 6, 6, 6, 6, 6, 7, 8, 9, 8, 6, 4};
    private static final double[] HOURS_APP = {
        1.5, 1, 0.5, 0.5, 0.5, 1, 3, 7, 8, 6, 5, 5, 6, 5, 5, 5, 6, 8, 9, 9, 8, 7, 5, 3};
    private static final double[] HOURS_EMAIL = {
        1, 0.5, 0.5, 0.5, 0.5, 1, 3, 6, 9, 8, 7, 6, 5, 5, 5, 5, 5, 4, 4, 5, 6, 6, 4, 2};
    /** Noise and fireworks: mostly 9 pm to 2 am. */
    private static final double[] HOURS_NIGHT = {
        10, 9, 6, 3, 1, 0.3, 0.3, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 2.5, 3.5, 6, 9, 12, 13};

    private Timing() {
    }

    static Channel channel(Topic topic, LocalDate day, Random rng) {
        double[] weights;
        if (isNight(topic)) {
            weights = CHANNEL_NIGHT;
        } else if (topic == Topic.UTILITY_BILLING || topic == Topic.PERMIT_QUESTION) {
            weights = isWeekend(day) ? CHANNEL_WEEKEND : CHANNEL_QUESTIONS;
        } else {
            weights = isWeekend(day) ? CHANNEL_WEEKEND : CHANNEL_WEEKDAY;
        }
        return Channel.values()[Weighted.pick(weights, rng)];
    }

    static LocalTime timeOfDay(Topic topic, Channel channel, LocalDate day, Random rng) {
        double[] hours;
        if (isNight(topic)) {
            hours = HOURS_NIGHT;
        } else {
            switch (channel) {
                case PHONE: hours = isWeekend(day) ? HOURS_PHONE_WEEKEND : HOURS_PHONE; break;
                case WALK_IN: hours = HOURS_WALK_IN; break;
                case MOBILE_APP: hours = HOURS_APP; break;
                case EMAIL: hours = HOURS_EMAIL; break;
                default: hours = HOURS_WEB;
            }
        }
        int hour = Weighted.pick(hours, rng);
        return LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60));
    }

    static boolean isNight(Topic topic) {
        return topic == Topic.NOISE || topic == Topic.FIREWORKS;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
