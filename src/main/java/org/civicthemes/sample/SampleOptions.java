package org.civicthemes.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What to generate: how many rows, from which seed, over which days. Validated on construction; the
 * defaults live here and nowhere else.
 *
 * @param rows  data rows to write, 1 to {@link #MAX_ROWS}
 * @param seed  the seed of every random choice; the same options always give the same file
 * @param start the first day a request may be created (inclusive)
 * @param end   the last day a request may be created (inclusive)
 */
public record SampleOptions(int rows, long seed, LocalDate start, LocalDate end) {

    /** Rows of the bundled sample file. */
    public static final int DEFAULT_ROWS = 20_000;
    /** Seed of the bundled sample file. */
    public static final long DEFAULT_SEED = 311L;
    /** First day of the default range. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 1);
    /** Last day of the default range: a bit under three years, so three July 4ths. */
    public static final LocalDate DEFAULT_END = LocalDate.of(2025, 9, 30);
    /** Upper bound on rows (a .xlsx sheet holds fewer; see {@link SampleExportGenerator}). */
    public static final int MAX_ROWS = 10_000_000;
    /** Upper bound on the date range, in days (about 30 years). */
    public static final int MAX_DAYS = 11_000;

    public SampleOptions {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", was " + rows
                    + ". Ask for fewer rows, or split the file.");
        }
        if (start == null) {
            throw new IllegalArgumentException("start date is missing: give the first day requests may be created,"
                    + " e.g. " + DEFAULT_START);
        }
        if (end == null) {
            throw new IllegalArgumentException("end date is missing: give the last day requests may be created,"
                    + " e.g. " + DEFAULT_END);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end date " + end + " is before start date " + start
                    + ": swap them or move the end later.");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("the date range covers " + days + " days; at most " + MAX_DAYS
                    + " are supported. Move the start date later.");
        }
    }

    /** The bundled sample: 20,000 rows, seed 311, 2023-01-01 to 2025-09-30. */
    public static SampleOptions defaults() {
        return new SampleOptions(DEFAULT_ROWS, DEFAULT_SEED, DEFAULT_START, DEFAULT_END);
    }

    public SampleOptions withRows(int newRows) {
        return new SampleOptions(newRows, seed, start, end);
    }

    public SampleOptions withSeed(long newSeed) {
        return new SampleOptions(rows, newSeed, start, end);
    }

    public SampleOptions withRange(LocalDate newStart, LocalDate newEnd) {
        return new SampleOptions(rows, seed, newStart, newEnd);
    }

    /** Number of days in the range, both ends included. */
    public int days() {
        return (int) (ChronoUnit.DAYS.between(start, end) + 1);
    }
}
