package org.civicthemes.workflow;

import java.util.List;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeSet;

/**
 * Moves requests that have text but no usable term ("Please help!", only stopwords) from "No description" to
 * "Unclear": they do describe something, just nothing a theme can hold. "No description" stays for requests
 * whose text is empty.
 */
final class TextWithoutTerms {

    private TextWithoutTerms() {
    }

    /**
     * @param hasText for each document of the theme set, whether its request has any text
     */
    static ThemeSet toUnclear(ThemeSet themes, List<Boolean> hasText) {
        int[] assignment = themes.assignment().toArray();
        int moved = 0;
        for (int doc = 0; doc < assignment.length; doc++) {
            if (assignment[doc] == ThemeAssignment.NO_DESCRIPTION && hasText.get(doc)) {
                assignment[doc] = ThemeAssignment.UNCLEAR;
                moved++;
            }
        }
        if (moved == 0) {
            return themes;
        }
        ThemeGroup unclear = themes.unclear();
        int unclearSize = unclear.size() + moved;
        ThemeGroup none = themes.noDescription();
        int grouped = assignment.length - themes.assignment().documentsOf(ThemeAssignment.NOT_GROUPED).length;
        return new ThemeSet(themes.themes(), new ThemeAssignment(assignment, themes.assignment().typicalityArray()),
                new ThemeGroup(unclear.label(), unclearSize, ThemeSet.share(unclearSize, grouped)),
                new ThemeGroup(none.label(), none.size() - moved, ThemeSet.share(none.size() - moved, grouped)),
                themes.options(), themes.kScores(), themes.meaning());
    }

}
