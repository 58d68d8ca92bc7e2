package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.ColumnRole;

/**
 * Decides which short title columns (summary, subject, title) are joined in front of the main request
 * text. A title is left out when its values mostly repeat a category column (SeeClickFix exports
 * fill "summary" with the request type: joining it would leak the category into the text), when they
 * mostly repeat the main text, or when it holds labels rather than text.
 */
final class TitleJoin {

    /** A title repeating another column in at least this share of rows is left out. */
    static final double SAME_SHARE = 0.5;
    private static final double MIN_TITLE_TEXT = 0.2;
    /** Titles vary from request to request; a column with fewer distinct values holds labels. */
    private static final double MIN_TITLE_DISTINCT = 0.5;

    /** The titles to join (source order) and why others were left out. */
    record Result(List<ColumnProfile> titles, List<String> notes) {
    }

    private TitleJoin() {
    }

    /**
     * @param main       the column chosen as request text
     * @param free       columns without a role, in source order
     * @param categories columns holding or looking like the category, to compare titles with
     */
    static Result titlesFor(ColumnProfile main, List<ColumnProfile> free, List<ColumnProfile> categories) {
        List<ColumnProfile> titles = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ColumnProfile t : free) {
            if (t == main || !HeaderSynonyms.isTitle(t.normalisedName) || t.nonBlank == 0) {
                continue;
            }
            String repeated = null;
            double repeatedShare = 0;
            for (ColumnProfile other : categories) {
                double share = sameShare(t, other);
                if (other != t && share >= SAME_SHARE && share > repeatedShare) {
                    repeated = other.name;
                    repeatedShare = share;
                }
            }
            if (repeated != null) {
                notes.add("'" + t.name + "' left out: same as category '" + repeated + "' in "
                        + RoleScorer.percent(repeatedShare) + " of rows");
                continue;
            }
            double sameAsMain = sameShare(t, main);
            if (sameAsMain >= SAME_SHARE) {
                notes.add("'" + t.name + "' left out: same as '" + main.name + "' in "
                        + RoleScorer.percent(sameAsMain) + " of rows");
                continue;
            }
            if (t.distinctShare() < MIN_TITLE_DISTINCT || RoleScorer.text(t).score() < MIN_TITLE_TEXT) {
                notes.add("'" + t.name + "' left out: " + t.distinct + " distinct values in " + t.nonBlank
                        + " look like labels, not text");
                continue;
            }
            titles.add(t);
        }
        return new Result(List.copyOf(titles), List.copyOf(notes));
    }

    /** Columns a title must not repeat: the chosen category and any column whose header names a category. */
    static List<ColumnProfile> categoryLike(List<ColumnProfile> columns, ColumnProfile chosenCategory) {
        List<ColumnProfile> out = new ArrayList<>();
        if (chosenCategory != null) {
            out.add(chosenCategory);
        }
        for (ColumnProfile c : columns) {
            if (c != chosenCategory && HeaderSynonyms.match(ColumnRole.CATEGORY, c.normalisedName).weight() >= 0.5) {
                out.add(c);
            }
        }
        return out;
    }

    /** Share of rows, among those where both are filled, whose values are equal ignoring case and spacing. */
    static double sameShare(ColumnProfile a, ColumnProfile b) {
        int pairs = 0;
        int same = 0;
        for (int row = 0; row < a.rows && row < b.rows; row++) {
            String x = a.keys.get(row);
            String y = b.keys.get(row);
            if (!x.isEmpty() && !y.isEmpty()) {
                pairs++;
                same += x.equals(y) ? 1 : 0;
            }
        }
        return pairs == 0 ? 0 : (double) same / pairs;
    }
}
