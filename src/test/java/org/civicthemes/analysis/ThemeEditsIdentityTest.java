package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeIdentity;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edits of a run whose themes carry a codebook's ids (the sample grouped by request type, given ids 10, 20, 30...):
 * a theme keeps its id through renames, merges (the largest member's) and deletions; ids are never reused.
 */
class ThemeEditsIdentityTest {

    private static ThemeRun run;

    @BeforeAll
    static void giveTheSampleCodebookIds() throws Exception {
        ThemeRun byType = SampleByType.load().run();
        int k = byType.themes().themes().size();
        List<Integer> ids = new ArrayList<>();
        List<Boolean> proposed = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            ids.add(10 * (t + 1));
            proposed.add(t == k - 1);
        }
        run = new ThemeRun(byType.themes(), byType.requestIndexes(), byType.range(), byType.redactions(),
                byType.languages(), new ThemeIdentity(ids, proposed, 10 * k + 1, "sample.codebook.json"));
    }

    private static Map<String, Integer> idsByLabel(ThemeRun r) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (Theme t : r.themes().themes()) {
            out.put(t.label(), r.identity().idOf(t.id()));
        }
        return out;
    }

    @Test
    void renamesMergesAndDeletionsKeepIds() {
        ThemeSet set = run.themes();
        Map<String, Integer> before = idsByLabel(run);
        String third = set.themes().get(2).label();
        String last = set.themes().get(set.themes().size() - 1).label();

        ThemeRun renamed = ThemeEdits.apply(run, new ThemeEdit.Rename(2, "Renamed"));
        assertThat(idsByLabel(renamed).get("Renamed")).isEqualTo(before.get(third));

        // the fixture lists its themes by name; after an edit they are sorted by size, so 0 is the largest
        String first = renamed.themes().themes().get(0).label();
        String second = renamed.themes().themes().get(1).label();
        ThemeRun merged = ThemeEdits.apply(renamed, new ThemeEdit.Merge(List.of(1, 0), "Merged"));
        assertThat(idsByLabel(merged).get("Merged")).as("the largest member's id").isEqualTo(before.get(first));
        assertThat(idsByLabel(merged)).doesNotContainKey(second);

        int lastPosition = merged.themes().themes().stream().filter(t -> t.label().equals(last)).findFirst()
                .orElseThrow().id();
        assertThat(merged.identity().isProposed(lastPosition)).as("a proposed theme stays proposed").isTrue();
        ThemeRun deleted = ThemeEdits.apply(merged, new ThemeEdit.Delete(lastPosition));
        assertThat(idsByLabel(deleted)).doesNotContainKey(last);
        for (Map.Entry<String, Integer> e : idsByLabel(deleted).entrySet()) {
            if (!e.getKey().equals("Renamed") && !e.getKey().equals("Merged")) {
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(before.get(e.getKey()));
            }
        }
        assertThat(deleted.identity().nextId()).as("ids are never reused").isEqualTo(run.identity().nextId());
        assertThat(deleted.identity().codebook()).isEqualTo("sample.codebook.json");
    }

    @Test
    void thePartsOfASplitThemeGetTheNextFreeIds() {
        int theme = 0;
        int members = run.themes().assignment().documentsOf(theme).length;
        int[] parts = new int[members];
        for (int i = 0; i < members; i++) {
            parts[i] = i % 2;
        }
        Theme a = new Theme(0, "Part one", (members + 1) / 2, 0, List.of(), List.of(0), 0.5);
        Theme b = new Theme(1, "Part two", members / 2, 0, List.of(), List.of(1), 0.5);
        ThemeSet split = new ThemeSet(List.of(a, b), new org.civicthemes.model.ThemeAssignment(parts),
                new org.civicthemes.model.ThemeGroup(org.civicthemes.model.ThemeGroup.UNCLEAR, 0, 0),
                new org.civicthemes.model.ThemeGroup(org.civicthemes.model.ThemeGroup.NO_DESCRIPTION, 0, 0),
                run.themes().options(), List.of());
        ThemeRun after = ThemeEdits.split(run, theme, split);
        Map<String, Integer> ids = idsByLabel(after);
        int next = run.identity().nextId();
        assertThat(List.of(ids.get("Part one"), ids.get("Part two"))).containsExactlyInAnyOrder(next, next + 1);
        assertThat(ids).doesNotContainValue(run.identity().idOf(theme));
        assertThat(after.identity().nextId()).isEqualTo(next + 2);
    }

    private static int positionOf(ThemeRun r, String label) {
        return r.themes().themes().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void aDepartmentFollowsItsThemeThroughEditsAndIsUndoneByClearingIt() {
        String second = run.themes().themes().get(1).label();
        ThemeRun sent = ThemeEdits.apply(run, new ThemeEdit.Department(1, " Public Works "));
        assertThat(sent.identity().departmentOf(1)).isEqualTo("Public Works");
        assertThat(sent.identity().ids()).isEqualTo(run.identity().ids());
        // a rename sorts the themes again (the fixture is in name order): the department moves with its theme
        ThemeRun renamed = ThemeEdits.apply(sent, new ThemeEdit.Rename(0, "Zzz last by name"));
        assertThat(renamed.identity().departmentOf(positionOf(renamed, second))).isEqualTo("Public Works");
        assertThat(renamed.identity().departments().stream().filter("Public Works"::equals)).hasSize(1);
        ThemeRun cleared = ThemeEdits.apply(renamed, new ThemeEdit.Department(positionOf(renamed, second), ""));
        assertThat(cleared.identity().departments()).as("no theme names one").isEmpty();
        assertThatThrownBy(() -> new ThemeEdit.Department(0, "x".repeat(81))).hasMessageContaining("80 characters");
    }

    @Test
    void aProposedThemeMergedIntoACodebookThemeJoinsItAndAnAcceptedOneKeepsItsId() {
        int proposed = run.themes().themes().size() - 1;
        assertThat(run.identity().isProposed(proposed)).isTrue();
        int proposedId = run.identity().idOf(proposed);
        // the smallest codebook theme, so the proposed one may be the larger: the codebook theme's id still stays
        int small = 0;
        for (int t = 0; t < proposed; t++) {
            if (run.themes().themes().get(t).size() < run.themes().themes().get(small).size()) {
                small = t;
            }
        }
        int smallId = run.identity().idOf(small);
        ThemeRun withDepartment = ThemeEdits.apply(run, new ThemeEdit.Department(proposed, "Code Enforcement"));
        ThemeRun merged = ThemeEdits.apply(withDepartment, new ThemeEdit.Merge(List.of(proposed, small), "Joined"));
        int joined = positionOf(merged, "Joined");
        assertThat(merged.identity().idOf(joined)).isEqualTo(smallId);
        assertThat(merged.identity().isProposed(joined)).isFalse();
        assertThat(merged.identity().departmentOf(joined)).as("the only member naming a department")
                .isEqualTo("Code Enforcement");
        assertThat(merged.identity().ids()).doesNotContain(proposedId);

        ThemeRun accepted = ThemeEdits.apply(run, new ThemeEdit.Accept(proposed));
        int position = accepted.identity().ids().indexOf(proposedId);
        assertThat(accepted.identity().isProposed(position)).isFalse();
        assertThat(accepted.identity().nextId()).isEqualTo(run.identity().nextId());
        assertThatThrownBy(() -> ThemeEdits.apply(accepted, new ThemeEdit.Accept(position)))
                .hasMessageContaining("is not a proposed new theme");
    }

    @Test
    void thePartsOfASplitThemeGoToItsDepartment() {
        ThemeRun sent = ThemeEdits.apply(run, new ThemeEdit.Department(0, "Public Works"));
        ThemeRun after = ThemeEdits.split(sent, 0, twoParts(sent, 0));
        assertThat(after.identity().departmentOf(positionOf(after, "Part one"))).isEqualTo("Public Works");
        assertThat(after.identity().departmentOf(positionOf(after, "Part two"))).isEqualTo("Public Works");
    }

    /** Every other member of the theme in one part. */
    private static ThemeSet twoParts(ThemeRun r, int theme) {
        int members = r.themes().assignment().documentsOf(theme).length;
        int[] parts = new int[members];
        for (int i = 0; i < members; i++) {
            parts[i] = i % 2;
        }
        Theme a = new Theme(0, "Part one", (members + 1) / 2, 0, List.of(), List.of(0), 0.5);
        Theme b = new Theme(1, "Part two", members / 2, 0, List.of(), List.of(1), 0.5);
        return new ThemeSet(List.of(a, b), new org.civicthemes.model.ThemeAssignment(parts),
                new org.civicthemes.model.ThemeGroup(org.civicthemes.model.ThemeGroup.UNCLEAR, 0, 0),
                new org.civicthemes.model.ThemeGroup(org.civicthemes.model.ThemeGroup.NO_DESCRIPTION, 0, 0),
                r.themes().options(), List.of());
    }
}
