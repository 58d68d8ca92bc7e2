package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.model.KScore;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;

/**
 * Puts groups, descriptions and special groups together into a {@link ThemeSet}: themes sorted by size, then
 * label, then group number; ids are positions; a repeated label gets " (2)", " (3)"; groups emptied by the
 * Unclear threshold are left out.
 */
final class ThemeSetAssembler {

    private ThemeSetAssembler() {
    }

    static ThemeSet assemble(TermSpace space, Selection selection, Partition partition, int[] groups,
                             List<ClassTfIdfLabeller.Description> descriptions, List<KScore> kScores,
                             ThemeOptions options) {
        int runSize = selection.documents().length;
        int k = descriptions.size();
        int[] sizes = new int[k];
        for (int g : groups) {
            if (g >= 0) {
                sizes[g]++;
            }
        }
        List<Integer> order = IntStream.range(0, k).filter(g -> sizes[g] > 0).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> -sizes[g])
                        .thenComparing(g -> descriptions.get(g).label())
                        .thenComparingInt(g -> g))
                .toList();
        int[] themeOfGroup = new int[k];
        List<Theme> themes = new ArrayList<>();
        Map<String, Integer> seenLabels = new HashMap<>();
        for (int id = 0; id < order.size(); id++) {
            int g = order.get(id);
            themeOfGroup[g] = id;
            int[] members = IntStream.range(0, groups.length).filter(i -> groups[i] == g).toArray();
            double cohesion = 0;
            for (int i : members) {
                cohesion += partition.similarities()[i];
            }
            cohesion /= members.length;
            List<Integer> representatives = IntStream.of(mostSimilar(members, partition.similarities(),
                    options.representatives())).map(i -> selection.grouped()[i]).boxed().toList();
            String label = descriptions.get(g).label();
            int seen = seenLabels.merge(label, 1, Integer::sum);
            if (seen > 1) {
                label = label + " (" + seen + ")";
            }
            themes.add(new Theme(id, label, members.length, ThemeSet.share(members.length, runSize),
                    descriptions.get(g).topTerms(), representatives, cohesion));
        }
        int[] assignment = new int[space.documentCount()];
        java.util.Arrays.fill(assignment, ThemeAssignment.NOT_GROUPED);
        for (int d : selection.documents()) {
            assignment[d] = space.hasTerms(d) ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
        }
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] >= 0) {
                assignment[selection.grouped()[i]] = themeOfGroup[groups[i]];
            }
        }
        int unclear = 0;
        int noDescription = 0;
        for (int d : selection.documents()) {
            unclear += assignment[d] == ThemeAssignment.UNCLEAR ? 1 : 0;
            noDescription += assignment[d] == ThemeAssignment.NO_DESCRIPTION ? 1 : 0;
        }
        return new ThemeSet(themes, new ThemeAssignment(assignment),
                new ThemeGroup(ThemeGroup.UNCLEAR, unclear, ThemeSet.share(unclear, runSize)),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, noDescription, ThemeSet.share(noDescription, runSize)),
                options, kScores);
    }

    /**
     * The {@code count} members most similar to their centre, most similar first (ties: the lower index), without
     * sorting all of them: a theme of a million-row export has hundreds of thousands of members.
     */
    static int[] mostSimilar(int[] members, double[] similarities, int count) {
        int[] best = new int[Math.min(count, members.length)];
        int size = 0;
        for (int i : members) {
            int at = size;
            while (at > 0 && ranksBefore(i, best[at - 1], similarities)) {
                at--;
            }
            if (at >= best.length) {
                continue;
            }
            int last = Math.min(size, best.length - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            best[at] = i;
            size = Math.min(size + 1, best.length);
        }
        return best;
    }

    private static boolean ranksBefore(int a, int b, double[] similarities) {
        return similarities[a] > similarities[b] || (similarities[a] == similarities[b] && a < b);
    }

}
