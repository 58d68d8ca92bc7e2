package org.civicthemes.model;

import java.util.Objects;

/**
 * How to group documents into themes. Validated on construction; the defaults and bounds live here and nowhere
 * else (the workbench's spinners read the same constants).
 *
 * @param themes           the number of themes, or auto
 * @param autoMinK         smallest number of themes tried when {@code themes} is auto
 * @param autoMaxK         largest number of themes tried when {@code themes} is auto
 * @param seed             seed of every random choice; same input, options and seed give the same result
 * @param restarts         k-means runs from different seeds; the one with the best objective is kept
 * @param maxIterations    most k-means iterations in one run
 * @param lsaDimensions    dimensions of latent semantic analysis before k-means, or 0 to cluster TF-IDF vectors
 * @param minDf            a term must occur in at least this many documents
 * @param maxDfShare       a term occurring in more than this share of documents is dropped (0 to 1]
 * @param sublinearTf      weigh a term's count in a document as 1 + ln(count) instead of count
 * @param unclearThreshold documents whose cosine similarity to their theme's centre is below this are Unclear
 * @param topTerms         terms listed for each theme
 * @param representatives  documents listed for each theme, closest to its centre first
 * @param autoSample       documents in the fixed-seed sample on which each k is tried when choosing it automatically
 * @param meaning          read the meaning of each request (sentence vectors) beside its words; off: words only
 */
public record ThemeOptions(ThemeCount themes, int autoMinK, int autoMaxK, long seed, int restarts, int maxIterations,
                           int lsaDimensions, int minDf, double maxDfShare, boolean sublinearTf,
                           double unclearThreshold, int topTerms, int representatives, int autoSample,
                           boolean meaning) {

    public static final int MAX_RESTARTS = 100;
    public static final int MAX_ITERATIONS = 1000;
    public static final int MAX_LSA_DIMENSIONS = 1000;
    public static final int MAX_MIN_DF = 1000;

    /** The defaults, chosen on the labelled benchmarks (docs/decisions/0006-clustering.md). */
    public static final ThemeOptions DEFAULTS = new ThemeOptions(ThemeCount.AUTO, 4, 30, 42L, 4, 100,
            100, 2, 0.5, true, 0.2, 10, 5, 3000, true);

    /** Options as they were before meaning existed: a project saved then opens with the same themes. */
    public ThemeOptions(ThemeCount themes, int autoMinK, int autoMaxK, long seed, int restarts, int maxIterations,
                        int lsaDimensions, int minDf, double maxDfShare, boolean sublinearTf,
                        double unclearThreshold, int topTerms, int representatives, int autoSample) {
        this(themes, autoMinK, autoMaxK, seed, restarts, maxIterations, lsaDimensions, minDf, maxDfShare, sublinearTf,
                unclearThreshold, topTerms, representatives, autoSample, false);
    }

    public ThemeOptions {
        Objects.requireNonNull(themes, "themes");
        check(autoMinK >= ThemeCount.MIN && autoMinK <= autoMaxK && autoMaxK <= ThemeCount.MAX,
                "The automatic range of themes must satisfy " + ThemeCount.MIN + " <= from <= to <= " + ThemeCount.MAX
                        + ": from " + autoMinK + " to " + autoMaxK);
        check(restarts >= 1 && restarts <= MAX_RESTARTS, "Restarts must be from 1 to " + MAX_RESTARTS + ": " + restarts);
        check(maxIterations >= 1 && maxIterations <= MAX_ITERATIONS,
                "Iterations must be from 1 to " + MAX_ITERATIONS + ": " + maxIterations);
        check(lsaDimensions >= 0 && lsaDimensions <= MAX_LSA_DIMENSIONS,
                "LSA dimensions must be 0 (off) or up to " + MAX_LSA_DIMENSIONS + ": " + lsaDimensions);
        check(minDf >= 1 && minDf <= MAX_MIN_DF, "Minimum document frequency must be from 1 to " + MAX_MIN_DF + ": " + minDf);
        check(maxDfShare > 0 && maxDfShare <= 1, "Maximum document share must be above 0 and at most 1: " + maxDfShare);
        check(unclearThreshold >= 0 && unclearThreshold < 1,
                "The unclear threshold must be from 0 (off) to below 1: " + unclearThreshold);
        check(topTerms >= 1 && topTerms <= 100, "Top terms must be from 1 to 100: " + topTerms);
        check(representatives >= 1 && representatives <= 100, "Representatives must be from 1 to 100: " + representatives);
        check(autoSample >= 100 && autoSample <= 20_000,
                "The sample for choosing the number of themes must be from 100 to 20000 documents: " + autoSample);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public ThemeOptions withThemes(ThemeCount k) {
        return new ThemeOptions(k, autoMinK, autoMaxK, seed, restarts, maxIterations, lsaDimensions, minDf, maxDfShare,
                sublinearTf, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withThemes(int k) {
        return withThemes(new ThemeCount(k));
    }

    public ThemeOptions withAutoRange(int from, int to) {
        return new ThemeOptions(themes, from, to, seed, restarts, maxIterations, lsaDimensions, minDf, maxDfShare,
                sublinearTf, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withSeed(long s) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, s, restarts, maxIterations, lsaDimensions, minDf, maxDfShare,
                sublinearTf, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withRestarts(int r) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, seed, r, maxIterations, lsaDimensions, minDf, maxDfShare,
                sublinearTf, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withLsaDimensions(int d) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, seed, restarts, maxIterations, d, minDf, maxDfShare,
                sublinearTf, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withDocumentFrequency(int min, double maxShare) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, seed, restarts, maxIterations, lsaDimensions, min, maxShare,
                sublinearTf, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withSublinearTf(boolean sublinear) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, seed, restarts, maxIterations, lsaDimensions, minDf,
                maxDfShare, sublinear, unclearThreshold, topTerms, representatives, autoSample, meaning);
    }

    public ThemeOptions withMeaning(boolean on) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, seed, restarts, maxIterations, lsaDimensions, minDf,
                maxDfShare, sublinearTf, unclearThreshold, topTerms, representatives, autoSample, on);
    }

    public ThemeOptions withUnclearThreshold(double threshold) {
        return new ThemeOptions(themes, autoMinK, autoMaxK, seed, restarts, maxIterations, lsaDimensions, minDf,
                maxDfShare, sublinearTf, threshold, topTerms, representatives, autoSample, meaning);
    }
}
