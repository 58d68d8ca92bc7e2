package org.civicthemes.analysis;

import java.util.List;

/**
 * A question residents keep asking, with how often and in which words.
 *
 * @param group      the theme (group index) the askers' requests belong to
 * @param question   the most frequent wording
 * @param count      requests asking it (near-duplicate wordings merged)
 * @param wordings   up to three different wordings, most frequent first
 * @param sourceRows up to five source rows that ask it
 * @param kind       when / why / how / who / can / ask for action / other
 * @param trend      its requests in the latest month against the months before
 * @param coveredBy  the city FAQ's entry that answers it ({@link FaqCoverage}); null when none does or no FAQ was
 *                   given
 */
public record FaqCandidate(int group, String question, int count, List<String> wordings, List<Integer> sourceRows,
                           QuestionKind kind, FaqTrend trend, FaqMatch coveredBy) {

    public FaqCandidate {
        wordings = List.copyOf(wordings);
        sourceRows = List.copyOf(sourceRows);
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(trend, "trend");
    }

    /** A question of a kind, its trend not known, not matched with an FAQ. */
    public FaqCandidate(int group, String question, int count, List<String> wordings, List<Integer> sourceRows,
                        QuestionKind kind) {
        this(group, question, count, wordings, sourceRows, kind, FaqTrend.UNKNOWN, null);
    }

    /** Whether an entry of the city's FAQ answers it. */
    public boolean covered() {
        return coveredBy != null;
    }

    /** This question, answered by {@code match} (null: by none). */
    public FaqCandidate withCoveredBy(FaqMatch match) {
        return new FaqCandidate(group, question, count, wordings, sourceRows, kind, trend, match);
    }

    /** A question whose kind was not told. */
    public FaqCandidate(int group, String question, int count, List<String> wordings, List<Integer> sourceRows) {
        this(group, question, count, wordings, sourceRows, QuestionKind.OTHER);
    }
}
