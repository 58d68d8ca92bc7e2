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
 */
public record FaqCandidate(int group, String question, int count, List<String> wordings, List<Integer> sourceRows,
                           QuestionKind kind) {

    public FaqCandidate {
        wordings = List.copyOf(wordings);
        sourceRows = List.copyOf(sourceRows);
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A question whose kind was not told. */
    public FaqCandidate(int group, String question, int count, List<String> wordings, List<Integer> sourceRows) {
        this(group, question, count, wordings, sourceRows, QuestionKind.OTHER);
    }
}
