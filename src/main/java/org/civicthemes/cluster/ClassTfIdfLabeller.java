package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.civicthemes.model.WeightedTerm;

/**
 * Describes groups by class-based TF-IDF (as in BERTopic): a term weighs {@code tf(t, c) * ln(1 + A / f(t))}, where
 * tf(t, c) is the share of the group's term occurrences that are t, f(t) the occurrences of t in all groups and A the
 * mean occurrences per group. Occurrences are counted once per document, so one long complaint cannot name a
 * theme. The label joins the 2 or 3 most distinctive terms that are over-represented in the group, a phrase first
 * when one is among them (a phrase also wins a tie), and never a term without a letter.
 *
 * <p>Over-represented means used by the group's documents at least {@link #MIN_LIFT} times as often as by the average
 * group (the mean over groups of the share of their documents that use the term; with two groups, 1.5 times). Words
 * whose use is flat across groups ("near", "corner", street names, "day") rank high in many large groups by count
 * alone; this rule keeps them out of labels while they stay in the listed top terms with their low weight.
 */
final class ClassTfIdfLabeller {

    static final int LABEL_TERMS = 3;
    static final double MIN_LIFT = 2.0;

    record Description(String label, List<WeightedTerm> topTerms) {
    }

    private final int topTerms;

    ClassTfIdfLabeller(int topTerms) {
        this.topTerms = topTerms;
    }

    /**
     * @param rows   the grouped documents' TF-IDF rows (only which terms they contain is read)
     * @param groups the group of each row, or -1 for rows in no group
     */
    List<Description> describe(SparseRows rows, int[] groups, int k, TermSpace space) {
        GroupTermCounts tally = new GroupTermCounts(k, rows.dimensions());
        for (int i = 0; i < rows.size(); i++) {
            tally.add(groups[i], rows, i);
        }
        return describe(tally, space);
    }

    /** The groups described from their counts alone (the tallies of parts of the documents, merged). */
    List<Description> describe(GroupTermCounts tally, TermSpace space) {
        int k = tally.groups();
        int m = tally.terms();
        int[][] counts = tally.counts();
        int[] groupSizes = tally.sizes();
        double[] meanRate = new double[m];
        for (int g = 0; g < k; g++) {
            for (int t = 0; t < m; t++) {
                if (counts[g][t] > 0) {
                    meanRate[t] += counts[g][t] / (double) groupSizes[g] / k;
                }
            }
        }
        double minLift = Math.min(MIN_LIFT, 1 + (k - 1) / 2.0);
        long[] perTerm = new long[m];
        long[] perGroup = new long[k];
        for (int g = 0; g < k; g++) {
            for (int t = 0; t < m; t++) {
                perTerm[t] += counts[g][t];
                perGroup[g] += counts[g][t];
            }
        }
        long grandTotal = Arrays.stream(perGroup).sum();
        double average = grandTotal / (double) Math.max(1, k);
        List<Description> out = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            int[] c = counts[g];
            long total = perGroup[g];
            double[] weight = new double[m];
            for (int t = 0; t < m; t++) {
                if (c[t] > 0) {
                    weight[t] = c[t] / (double) total * Math.log(1 + average / perTerm[t]);
                }
            }
            int[] ranked = IntStream.range(0, m).filter(t -> c[t] > 0).boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -weight[t])
                            .thenComparing(t -> isPhrase(t, space) ? 0 : 1)
                            .thenComparing(t -> space.vocabulary().term(t)))
                    .mapToInt(Integer::intValue).toArray();
            int[] top = Arrays.copyOf(ranked, Math.min(ranked.length, Math.max(topTerms, LABEL_TERMS * 3)));
            // a label term must be over-represented in the group: used more often than by the average group
            int size = groupSizes[g];
            int[] distinctive = IntStream.of(ranked)
                    .filter(t -> c[t] / (double) size >= minLift * meanRate[t]).limit(LABEL_TERMS * 3L).toArray();
            List<WeightedTerm> terms = new ArrayList<>();
            for (int t : top) {
                if (terms.size() < topTerms && hasLetter(space.vocabulary().term(t))) {
                    terms.add(new WeightedTerm(space.vocabulary().term(t), space.display(t), weight[t]));
                }
            }
            out.add(new Description(label(distinctive.length > 0 ? distinctive : top, space), terms));
        }
        return out;
    }

    /**
     * Up to three of the ranked terms that have a letter; when a phrase (a key with '_' or a display form with a
     * space) is among them it comes first, with at most one other term that is not one of its words.
     */
    static String label(int[] ranked, TermSpace space) {
        List<Integer> candidates = new ArrayList<>();
        for (int t : ranked) {
            if (candidates.size() == LABEL_TERMS) {
                break;
            }
            if (hasLetter(space.vocabulary().term(t))) {
                candidates.add(t);
            }
        }
        if (candidates.isEmpty()) {
            return "(no terms)";
        }
        Integer phrase = candidates.stream().filter(t -> isPhrase(t, space)).findFirst().orElse(null);
        List<String> parts = new ArrayList<>();
        if (phrase == null) {
            candidates.forEach(t -> parts.add(space.display(t)));
        } else {
            parts.add(space.display(phrase));
            List<String> words = new ArrayList<>(Arrays.asList(space.vocabulary().term(phrase).split("_")));
            words.addAll(Arrays.asList(space.display(phrase).split(" ")));
            for (int t : candidates) {
                if (parts.size() < 2 && t != phrase && !words.contains(space.vocabulary().term(t))
                        && !words.contains(space.display(t))) {
                    parts.add(space.display(t));
                }
            }
        }
        return String.join(", ", parts);
    }

    static boolean isPhrase(int term, TermSpace space) {
        return space.vocabulary().term(term).indexOf('_') > 0 || space.display(term).indexOf(' ') > 0;
    }

    static boolean hasLetter(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
