package org.civicthemes.model;

import java.util.Objects;

/**
 * A theme of a Spark run's results.
 *
 * @param id       the theme's id in the codebook (proposed themes from the codebook's next id)
 * @param name     its name
 * @param proposed whether the run proposed it for requests that fit no codebook theme
 * @param requests its requests in the whole set
 * @param share    its share of all requests (0 to 1)
 */
public record ResultTheme(int id, String name, boolean proposed, long requests, double share) {

    public ResultTheme {
        Objects.requireNonNull(name, "name");
        if (requests < 0 || share < 0 || share > 1) {
            throw new IllegalArgumentException("a theme's requests and share must be counts: " + requests + ", "
                    + share);
        }
    }
}
