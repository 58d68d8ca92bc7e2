package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.model.KScore;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;

/**
 * Puts groups, descriptions and special groups together into a {@link ThemeSet}: themes sorted by size, then
 * label, then group number; ids are positions; a repeated label gets " (2)", " (3)"; groups emptied by the
 * Unclear threshold are left out. A theme's representatives are its members nearest its centre among those that say
 * something ({@link #SUBSTANTIAL_TERMS} terms or more) and were grouped by meaning, then the others.
 */
final class ThemeSetAssembler {

    /** A representative request has at least this many distinct terms when its theme has enough such requests. */
    static final int SUBSTANTIAL_TERMS = 4;

    private ThemeSetAssembler() {
    }

    static ThemeSet assemble(TermSpace space, Selection selection, Partition partition, int[] groups,
                             List<ClassTfIdfLabeller.Description> descriptions, List<KScore> kScores,
                             ThemeOptions options, MeaningUse meaning, boolean[] readByMeaning) {
        SparseRows vectors = selection.vectors();
        int[] tier = new int[vectors.size()];
        for (int i = 0; i < tier.length; i++) {
            boolean substantial = vectors.end(i) - vectors.start(i) >= SUBSTANTIAL_TERMS;
            boolean read = readByMeaning == null || readByMeaning[i];
            tier[i] = substantial && read ? 0 : substantial ? 1 : 2;
        }
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
            List<Integer> representatives = IntStream.of(shown(members, tier, partition.similarities(), vectors,
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
        float[] typicality = new float[space.documentCount()];
        java.util.Arrays.fill(typicality, Float.NEGATIVE_INFINITY);
        for (int d : selection.documents()) {
            assignment[d] = space.hasTerms(d) ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
        }
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] >= 0) {
                assignment[selection.grouped()[i]] = themeOfGroup[groups[i]];
                typicality[selection.grouped()[i]] = typicality(tier[i], partition.similarities()[i]);
            }
        }
        int unclear = 0;
        int noDescription = 0;
        for (int d : selection.documents()) {
            unclear += assignment[d] == ThemeAssignment.UNCLEAR ? 1 : 0;
            noDescription += assignment[d] == ThemeAssignment.NO_DESCRIPTION ? 1 : 0;
        }
        return new ThemeSet(themes, new ThemeAssignment(assignment, typicality),
                new ThemeGroup(ThemeGroup.UNCLEAR, unclear, ThemeSet.share(unclear, runSize)),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, noDescription, ThemeSet.share(noDescription, runSize)),
                options, kScores, meaning);
    }

    /**
     * A member's typicality as {@link #representatives} ranks members: its tier first (similarities lie in -1..1, so
     * each tier gets its own band), then its similarity to the centre.
     */
    static float typicality(int tier, double similarity) {
        return (float) (similarity - 3.0 * tier);
    }

    /** Candidates examined per representative shown, so that term-for-term repeats can be passed over. */
    static final int CANDIDATES_PER_PLACE = 20;

    /**
     * The {@code count} representatives a theme shows: the best-tiered members nearest the centre
     * ({@link #representatives}), term-for-term repeats last ({@link #distinctFirst}).
     */
    static int[] shown(int[] members, int[] tier, double[] similarities, SparseRows vectors, int count) {
        return distinctFirst(representatives(members, tier, similarities, count * CANDIDATES_PER_PLACE), vectors,
                count);
    }

    /**
     * The first {@code count} candidates, skipping one whose terms are exactly those of a candidate kept before it (a
     * template repeated word for word says nothing new); skipped ones fill the places left, in order.
     */
    static int[] distinctFirst(int[] candidates, SparseRows vectors, int count) {
        int[] kept = new int[Math.min(count, candidates.length)];
        int size = 0;
        java.util.List<Integer> repeats = new java.util.ArrayList<>();
        for (int c : candidates) {
            if (size == kept.length) {
                break;
            }
            boolean repeat = false;
            for (int k = 0; k < size && !repeat; k++) {
                repeat = sameTerms(vectors, kept[k], c);
            }
            if (repeat) {
                repeats.add(c);
            } else {
                kept[size++] = c;
            }
        }
        for (int i = 0; size < kept.length; i++) {
            kept[size++] = repeats.get(i);
        }
        return kept;
    }

    private static boolean sameTerms(SparseRows vectors, int a, int b) {
        int length = vectors.end(a) - vectors.start(a);
        if (length != vectors.end(b) - vectors.start(b)) {
            return false;
        }
        for (int e = 0; e < length; e++) {
            if (vectors.index(vectors.start(a) + e) != vectors.index(vectors.start(b) + e)
                    || vectors.value(vectors.start(a) + e) != vectors.value(vectors.start(b) + e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The members nearest the centre in the best tier (0: substantial and grouped by meaning, so their similarities
     * compare; 1: substantial; 2: the rest), then in the next tiers while there are too few.
     */
    static int[] representatives(int[] members, int[] tier, double[] similarities, int count) {
        int[] out = new int[0];
        int wanted = Math.min(count, members.length);
        for (int t = 0; t <= 2 && out.length < wanted; t++) {
            int level = t;
            int[] more = mostSimilar(IntStream.of(members).filter(i -> tier[i] == level).toArray(), similarities,
                    wanted - out.length);
            int[] joined = java.util.Arrays.copyOf(out, out.length + more.length);
            System.arraycopy(more, 0, joined, out.length, more.length);
            out = joined;
        }
        return out;
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
