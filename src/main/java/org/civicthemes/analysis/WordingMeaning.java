package org.civicthemes.analysis;

import java.util.List;

/**
 * The meaning of wordings (unit sentence vectors), so that questions asked in different words can be grouped. Given
 * by the caller: analysis knows no model.
 */
@FunctionalInterface
public interface WordingMeaning {

    /** No meaning: wordings are grouped by their words alone. */
    WordingMeaning NONE = wordings -> null;

    /** One unit vector per wording (null entries: not read), or null when meaning cannot be read. */
    float[][] vectorsOf(List<String> wordings);
}
