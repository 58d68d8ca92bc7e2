package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeIdentity;
import org.civicthemes.model.ThemeSet;

/**
 * Puts the requests placed by a codebook and the themes found among the requests that fit none together: the
 * codebook's themes first (its ids and names), then the proposed new themes, largest first, with ids from the
 * codebook's next free id on: first the groups of requests with words that burst since the codebook (placed after
 * the codebook's themes in {@code placed}), then the themes found among the requests that fit none, largest first. A
 * proposed theme needs {@link #MIN_SIZE} requests; smaller ones stay Unclear.
 */
final class ProposedThemes {

    /** Fewest requests of a proposed new theme. */
    static final int MIN_SIZE = 10;

    private ProposedThemes() {
    }

    /** The combined themes with the ids files show for them. */
    record Combined(ThemeSet themes, ThemeIdentity identity) {
    }

    /**
     * @param placed    every request of the run: codebook themes, Unclear (fits none) or No description
     * @param leftovers the documents of {@code placed} the proposed themes were looked for among, increasing
     * @param found     themes among the leftovers (document i is {@code leftovers[i]}), or null when none were sought
     */
    static Combined combine(ThemeSet placed, int[] leftovers, ThemeSet found, Codebook codebook, String codebookName) {
        int n = placed.assignment().documentCount();
        int known = codebook.themes().size();
        List<Theme> themes = new ArrayList<>(placed.themes());
        int[] assignment = placed.assignment().toArray();
        List<Integer> ids = new ArrayList<>(codebook.themes().stream().map(CodebookTheme::id).toList());
        List<Boolean> proposed = new ArrayList<>(java.util.Collections.nCopies(known, false));
        List<String> departments = new ArrayList<>(codebook.themes().stream().map(CodebookTheme::department).toList());
        int nextId = codebook.nextId();
        for (int position = known; position < placed.themes().size(); position++) {
            ids.add(nextId++);
            proposed.add(true);
            departments.add("");
        }
        if (found != null) {
            int[] newPosition = new int[found.themes().size()];
            for (Theme part : found.themes()) {
                if (part.size() < MIN_SIZE) {
                    newPosition[part.id()] = -1;
                    continue;
                }
                int position = themes.size();
                newPosition[part.id()] = position;
                themes.add(new Theme(position, part.label(), part.size(), ThemeSet.share(part.size(), n),
                        part.topTerms(), part.representatives().stream().map(i -> leftovers[i]).toList(),
                        part.cohesion()));
                ids.add(nextId++);
                proposed.add(true);
                departments.add("");
            }
            for (int i = 0; i < leftovers.length; i++) {
                int part = found.assignment().themeOf(i);
                assignment[leftovers[i]] = part >= 0 && newPosition[part] >= 0 ? newPosition[part]
                        : ThemeAssignment.UNCLEAR;
            }
        }
        int unclear = 0;
        int noDescription = 0;
        for (int t : assignment) {
            unclear += t == ThemeAssignment.UNCLEAR ? 1 : 0;
            noDescription += t == ThemeAssignment.NO_DESCRIPTION ? 1 : 0;
        }
        ThemeSet set = new ThemeSet(themes, new ThemeAssignment(assignment),
                new ThemeGroup(ThemeGroup.UNCLEAR, unclear, ThemeSet.share(unclear, n)),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, noDescription, ThemeSet.share(noDescription, n)),
                placed.options(), List.of(), placed.meaning());
        return new Combined(set, new ThemeIdentity(ids, proposed, nextId, codebookName, departments));
    }
}
