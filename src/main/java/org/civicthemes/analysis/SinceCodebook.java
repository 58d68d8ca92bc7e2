package org.civicthemes.analysis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.WeightedTerm;

/**
 * What changed since the codebook, for a run placed by one: each codebook theme's requests then and now with the
 * change of its share, the proposed new themes, and the codebook themes with no request now. Every face (themes.json,
 * themes.csv, the summary workbook, the report and the window) shows this one value.
 *
 * <p>"Then" depends on what the run covers. When the run holds requests of the codebook's own period and requests
 * after it (an export that grew), then is the run's requests in the codebook's period and now the run's requests
 * after it ({@link Basis#PERIOD_IN_RUN}): both counted the same way, by the codebook's themes as placed now. Otherwise
 * (a new export, or a codebook whose period has no end) then is the codebook's own run ({@link Basis#CODEBOOK_RUN}):
 * its theme sizes and requests as it was made, and now is the whole run.
 *
 * @param learnedFrom    the export the codebook was made from
 * @param codebookPeriod the days of the codebook's requests (either end may be open)
 * @param basis          what "then" and "now" count
 * @param requestsBefore the requests then (every group, Unclear and No description included)
 * @param requestsNow    the requests now
 * @param outside        the run's requests in neither (with {@link Basis#PERIOD_IN_RUN}: undated, or before the
 *                       codebook's period); 0 otherwise
 * @param themes         the codebook's themes, in the run's order
 * @param proposed       the proposed new themes, largest first
 */
public record SinceCodebook(String learnedFrom, DateRange codebookPeriod, Basis basis, long requestsBefore,
                            long requestsNow, long outside, List<Kept> themes, List<Proposed> proposed) {

    /** What "then" and "now" count. */
    public enum Basis {
        /** Then: the codebook's own run; now: the requests of this run. */
        CODEBOOK_RUN,
        /** Then: this run's requests in the codebook's period; now: its requests after that period. */
        PERIOD_IN_RUN
    }

    /**
     * A codebook theme then and now.
     *
     * @param id           the codebook's id
     * @param position     the theme's position in the run ({@link Theme#id()})
     * @param name         its name in the run (the analyst may have renamed it)
     * @param before       its requests then
     * @param shareBefore  its share of the requests then
     * @param now          its requests now
     * @param shareNow     its share of the requests now
     * @param changePoints the change of its share, in percentage points
     */
    public record Kept(int id, int position, String name, long before, double shareBefore, long now, double shareNow,
                       double changePoints) {

        /** Whether no request is in the theme now. */
        public boolean emptyNow() {
            return now == 0;
        }

        /** Whether its share grew by {@link #STEADY_POINTS} or more. */
        public boolean grew() {
            return changePoints >= STEADY_POINTS;
        }

        /** Whether its share shrank by {@link #STEADY_POINTS} or more. */
        public boolean shrank() {
            return changePoints <= -STEADY_POINTS;
        }
    }

    /**
     * A proposed new theme: requests that fit no codebook theme, grouped among themselves.
     *
     * @param id       its new id (from the codebook's next free id on)
     * @param position its position in the run
     * @param name     its label
     * @param size     its requests in the run
     * @param now      its requests now (as {@code size} unless then and now are periods of the run)
     * @param topTerms its top terms, as shown
     * @param examples example request texts, as the run's text choices show them
     */
    public record Proposed(int id, int position, String name, long size, long now, List<String> topTerms,
                           List<String> examples) {
        public Proposed {
            topTerms = List.copyOf(topTerms);
            examples = List.copyOf(examples);
        }
    }

    public SinceCodebook {
        Objects.requireNonNull(learnedFrom, "learnedFrom");
        Objects.requireNonNull(codebookPeriod, "codebookPeriod");
        Objects.requireNonNull(basis, "basis");
        themes = List.copyOf(themes);
        proposed = List.copyOf(proposed);
    }

    /**
     * A change of share smaller than this, in percentage points, is "about the same": the window and the report
     * mark only the themes that grew or shrank by at least this much.
     */
    public static final double STEADY_POINTS = 0.5;

    /** Most examples listed per proposed theme. */
    public static final int EXAMPLES = 3;

    /**
     * What changed in {@code run} (placed by {@code codebook}, possibly edited and narrowed since) since the codebook.
     *
     * @param shown what a request's text becomes when shown (redaction)
     */
    public static SinceCodebook of(Dataset dataset, ThemeRun run, Codebook codebook, UnaryOperator<String> shown) {
        DateRange period = codebook.provenance().range();
        int themeCount = run.themes().themes().size();
        long[] before = new long[themeCount];
        long[] now = new long[themeCount];
        long[] totals = new long[3];
        boolean split = period.to() != null && splits(dataset, run, period);
        for (int doc = 0; doc < run.size(); doc++) {
            int when = split ? when(dataset.requests().get(run.requestIndexes().get(doc)).created(), period) : 1;
            totals[when]++;
            int theme = run.themes().assignment().themeOf(doc);
            if (theme >= 0 && when == 0) {
                before[theme]++;
            } else if (theme >= 0 && when == 1) {
                now[theme]++;
            }
        }
        long requestsBefore = split ? totals[0] : codebook.provenance().requests();
        List<Kept> kept = new ArrayList<>();
        List<Proposed> proposed = new ArrayList<>();
        for (Theme theme : run.themes().themes()) {
            int id = run.identity().idOf(theme.id());
            CodebookTheme known = run.identity().isProposed(theme.id()) ? null : codebook.theme(id).orElse(null);
            if (known == null) {
                proposed.add(new Proposed(id, theme.id(), theme.label(), theme.size(), now[theme.id()],
                        theme.topTerms().stream().map(WeightedTerm::display).toList(),
                        theme.representatives().stream().limit(EXAMPLES)
                                .map(doc -> shown.apply(dataset.requests().get(run.requestIndexes().get(doc)).text()))
                                .toList()));
                continue;
            }
            long beforeCount = split ? before[theme.id()] : known.requests();
            double shareBefore = share(beforeCount, requestsBefore);
            double shareNow = share(now[theme.id()], totals[1]);
            kept.add(new Kept(id, theme.id(), theme.label(), beforeCount, shareBefore, now[theme.id()], shareNow,
                    (shareNow - shareBefore) * 100));
        }
        return new SinceCodebook(codebook.provenance().sourceFile(), period,
                split ? Basis.PERIOD_IN_RUN : Basis.CODEBOOK_RUN, requestsBefore, totals[1], totals[2], kept, proposed);
    }

    /** The codebook themes with no request now, in the run's order. */
    public List<Kept> emptyNow() {
        return themes.stream().filter(Kept::emptyNow).toList();
    }

    /** The codebook theme at a run position, for the faces that list the run's themes. */
    public Optional<Kept> keptAt(int position) {
        return themes.stream().filter(k -> k.position() == position).findFirst();
    }

    /** A proposed theme at a run position. */
    public Optional<Proposed> proposedAt(int position) {
        return proposed.stream().filter(p -> p.position() == position).findFirst();
    }

    /** A change in percentage points as every face writes it: "+0.7", "-0.4", "0.0" (never "-0.0"). */
    public static String points(double changePoints) {
        if (Double.isNaN(changePoints)) {
            return "";
        }
        return Math.abs(changePoints) < 0.05 ? "0.0" : String.format(Locale.US, "%+.1f", changePoints);
    }

    /** One sentence saying what then and now count, for the reader of a file or the window. */
    public String describeBasis() {
        String days = describe(codebookPeriod);
        return switch (basis) {
            case CODEBOOK_RUN -> String.format(Locale.US, "Before: the %,d requests the codebook was made "
                    + "from (%s, %s); now: the %,d requests here.", requestsBefore, learnedFrom, days, requestsNow);
            case PERIOD_IN_RUN -> String.format(Locale.US, "Before: the %,d requests here in the codebook's "
                    + "period (%s); now: the %,d requests after it%s.", requestsBefore, days, requestsNow,
                    outside == 0 ? "" : String.format(Locale.US, " (%,d undated or earlier requests are in "
                            + "neither)", outside));
        };
    }

    private static String describe(DateRange range) {
        if (range.isAll()) {
            return "all days";
        }
        return (range.from() == null ? "up" : range.from().toString()) + " to "
                + (range.to() == null ? "the end" : range.to().toString());
    }

    /** Whether the run holds requests of the codebook's period and requests after it. */
    private static boolean splits(Dataset dataset, ThemeRun run, DateRange period) {
        boolean in = false;
        boolean after = false;
        for (int index : run.requestIndexes()) {
            int when = when(dataset.requests().get(index).created(), period);
            in |= when == 0;
            after |= when == 1;
            if (in && after) {
                return true;
            }
        }
        return false;
    }

    /** 0: in the codebook's period; 1: after it; 2: neither (undated, or before it). */
    private static int when(LocalDateTime created, DateRange period) {
        if (created == null) {
            return 2;
        }
        if (period.contains(created)) {
            return 0;
        }
        return period.to() != null && created.toLocalDate().isAfter(period.to()) ? 1 : 2;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
