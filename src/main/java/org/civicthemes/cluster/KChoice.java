package org.civicthemes.cluster;

import java.util.List;
import org.civicthemes.model.KScore;

/**
 * The number of themes to look for, and the scores of the numbers tried when it was chosen automatically.
 */
record KChoice(int k, List<KScore> scores) {

    KChoice {
        scores = List.copyOf(scores);
    }
}
