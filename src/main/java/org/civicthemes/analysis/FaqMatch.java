package org.civicthemes.analysis;

import java.util.Objects;
import org.civicthemes.model.FaqEntry;

/**
 * The entry of the city's FAQ that answers a question residents ask.
 *
 * @param entry     the FAQ entry
 * @param score     how close they are: cosine of sentence vectors, or the share of words in common
 * @param byMeaning true when matched by meaning, false by words
 */
public record FaqMatch(FaqEntry entry, double score, boolean byMeaning) {

    public FaqMatch {
        Objects.requireNonNull(entry, "entry");
    }
}
