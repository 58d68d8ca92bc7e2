package org.civicthemes.workflow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.civicthemes.cluster.WordBursts;
import org.civicthemes.model.Codebook;

/**
 * Which requests' words may burst since a codebook ({@link WordBursts}), and which bursts become proposed themes:
 * the rules the desktop's {@code analyze --codebook} and the Spark job apply alike.
 */
public final class BurstThemes {

    private BurstThemes() {
    }

    /**
     * Whether a request was created after the codebook's period (its words may show a new kind of request); never
     * when the period has no end or the request no date.
     */
    public static boolean isSince(Codebook codebook, LocalDateTime created) {
        java.time.LocalDate end = codebook.provenance().range().to();
        return end != null && created != null && created.toLocalDate().isAfter(end);
    }

    /**
     * The bursts that become proposed themes, in the bursts' order: each burst's eligible documents (with terms, in a
     * language the codebook may propose in: {@link CodebookPlacing#mayBeProposed}), when there are at least
     * {@link ProposedThemes#MIN_SIZE} of them.
     *
     * @param eligible whether a document (as the bursts name it) may be a member of a proposed theme
     * @return per proposed theme, its documents, increasing
     */
    public static List<int[]> groups(List<WordBursts.Burst> bursts, IntPredicate eligible) {
        List<int[]> groups = new ArrayList<>();
        for (WordBursts.Burst burst : bursts) {
            int[] members = IntStream.of(burst.documents()).filter(eligible).toArray();
            if (members.length >= ProposedThemes.MIN_SIZE) {
                groups.add(members);
            }
        }
        return groups;
    }
}
