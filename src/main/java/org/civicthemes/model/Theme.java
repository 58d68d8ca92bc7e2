package org.civicthemes.model;

import java.util.List;
import java.util.Objects;

/**
 * One theme found among the requests.
 *
 * @param id              position of the theme in its {@link ThemeSet} (0 is the largest)
 * @param label           a short human label made of the theme's most distinctive terms
 * @param size            number of documents in the theme
 * @param share           size divided by the number of documents grouped in the run
 * @param topTerms        the most distinctive terms, most distinctive first
 * @param representatives indexes of the documents closest to the theme's centre, closest first
 * @param cohesion        mean cosine similarity of the members to the centre (0 to 1)
 */
public record Theme(int id, String label, int size, double share, List<WeightedTerm> topTerms,
                    List<Integer> representatives, double cohesion) {

    public Theme {
        Objects.requireNonNull(label, "label");
        topTerms = List.copyOf(topTerms);
        representatives = List.copyOf(representatives);
    }
}
