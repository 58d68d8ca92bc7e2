package org.civicthemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Edits on the bundled sample grouped by request type, checked against direct counts of the request types. */
class ThemeEditsTest {

    private static SampleByType sample;

    @BeforeAll
    static void load() throws Exception {
        sample = SampleByType.load();
    }

    private static long countOfType(String type) {
        return sample.dataset().requests().stream().filter(r -> r.category().equals(type)).count();
    }

    private static Theme themeCalled(ThemeRun run, String label) {
        return run.themes().themes().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    private static int id(String type) {
        return sample.themeOf(type);
    }

    @Test
    void renameKeepsEveryRequestAndSortsThemesBySize() {
        ThemeRun renamed = ThemeEdits.apply(sample.run(), new ThemeEdit.Rename(id("Graffiti Removal"), "  Graffiti cleanup "));

        Theme theme = themeCalled(renamed, "Graffiti cleanup");
        assertThat(theme.size()).isEqualTo(countOfType("Graffiti Removal"));
        assertThat(renamed.themes().themes()).extracting(Theme::label).doesNotContain("Graffiti Removal");
        assertThat(renamed.themes().themes()).extracting(Theme::size).isSortedAccordingTo((a, b) -> b - a);
        for (int d = 0; d < renamed.size(); d++) {
            assertThat(renamed.labelOf(renamed.themes().assignment().themeOf(d)))
                    .isEqualTo(sample.dataset().requests().get(d).category().equals("Graffiti Removal") ? "Graffiti cleanup"
                            : sample.dataset().requests().get(d).category());
        }
    }

    @Test
    void mergeAddsSizesAndMovesEveryMember() {
        ThemeRun merged = ThemeEdits.apply(sample.run(),
                new ThemeEdit.Merge(List.of(id("Pothole"), id("Streetlight Out")), "Street repairs"));

        Theme theme = themeCalled(merged, "Street repairs");
        assertThat(theme.size()).isEqualTo(countOfType("Pothole") + countOfType("Streetlight Out"));
        assertThat(merged.themes().themes()).hasSize(sample.run().themes().themes().size() - 1);
        assertThat(merged.themes().assignment().documentsOf(theme.id())).hasSize(theme.size());
        assertThat(merged.themes().themes().stream().mapToDouble(Theme::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void deleteSendsRequestsToUnclear() {
        ThemeRun deleted = ThemeEdits.apply(sample.run(), new ThemeEdit.Delete(id("Graffiti Removal")));

        assertThat(deleted.themes().unclear().size()).isEqualTo(countOfType("Graffiti Removal"));
        assertThat(Arrays.stream(deleted.themes().assignment().documentsOf(ThemeAssignment.UNCLEAR))
                .mapToObj(d -> sample.dataset().requests().get(d).category()).distinct()).containsExactly("Graffiti Removal");
        assertThat(deleted.themes().themes()).extracting(Theme::label).doesNotContain("Graffiti Removal");
    }

    @Test
    void movedRequestsChangeThemeAndCountsFollow() {
        ThemeRun deleted = ThemeEdits.apply(sample.run(), new ThemeEdit.Delete(id("Graffiti Removal")));
        int[] unclear = deleted.themes().assignment().documentsOf(ThemeAssignment.UNCLEAR);
        List<Integer> firstTen = Arrays.stream(unclear).limit(10).boxed().toList();
        int potholes = themeCalled(deleted, "Pothole").id();

        ThemeRun moved = ThemeEdits.apply(deleted, new ThemeEdit.Move(firstTen, potholes));

        assertThat(moved.themes().unclear().size()).isEqualTo(unclear.length - 10);
        assertThat(themeCalled(moved, "Pothole").size()).isEqualTo(countOfType("Pothole") + 10);
        int newId = themeCalled(moved, "Pothole").id();
        firstTen.forEach(d -> assertThat(moved.themes().assignment().themeOf(d)).isEqualTo(newId));
    }

    @Test
    void splitReplacesTheThemeByItsParts() {
        int graffiti = id("Graffiti Removal");
        int[] members = sample.run().themes().assignment().documentsOf(graffiti);
        int[] halves = IntStream.range(0, members.length).map(i -> i % 3 == 0 ? 1 : 0).toArray();
        var parts = new org.civicthemes.model.ThemeSet(List.of(
                new Theme(0, "tags on walls", (int) IntStream.of(halves).filter(h -> h == 0).count(), 0, List.of(),
                        List.of(0), 0.5),
                new Theme(1, "Pothole", (int) IntStream.of(halves).filter(h -> h == 1).count(), 0, List.of(),
                        List.of(0), 0.5)),
                new ThemeAssignment(halves), new org.civicthemes.model.ThemeGroup("Unclear", 0, 0),
                new org.civicthemes.model.ThemeGroup("No description", 0, 0), sample.run().themes().options(), List.of());

        ThemeRun split = ThemeEdits.split(sample.run(), graffiti, parts);

        assertThat(split.themes().themes()).hasSize(sample.run().themes().themes().size() + 1);
        assertThat(themeCalled(split, "tags on walls").size() + themeCalled(split, "Pothole (2)").size())
                .isEqualTo(members.length);
        assertThat(themeCalled(split, "Pothole (2)").representatives()).containsExactly(members[0]);
    }

    @Test
    void refusesNamesAndThemesThatDoNotFit() {
        assertThatThrownBy(() -> ThemeEdits.apply(sample.run(), new ThemeEdit.Rename(id("Graffiti Removal"), "pothole")))
                .hasMessageContaining("already called 'Pothole'");
        assertThatThrownBy(() -> ThemeEdits.apply(sample.run(), new ThemeEdit.Delete(99)))
                .hasMessageContaining("no theme 99");
        assertThatThrownBy(() -> new ThemeEdit.Rename(0, "unclear")).hasMessageContaining("special group");
        assertThatThrownBy(() -> new ThemeEdit.Merge(List.of(1, 1), "x")).hasMessageContaining("two or more");
    }

    @Test
    void rangeFilterCountsOnlyRequestsInTheRange() {
        var range = new org.civicthemes.model.DateRange(java.time.LocalDate.of(2024, 7, 1),
                java.time.LocalDate.of(2024, 7, 31));

        ThemeRun july = RangeFilter.restrict(sample.dataset(), sample.run(), range);

        assertThat(july.themes().themes()).extracting(Theme::label)
                .containsExactlyElementsOf(sample.run().themes().themes().stream().map(Theme::label).toList());
        long fireworks = sample.dataset().requests().stream()
                .filter(r -> range.contains(r.created()) && r.category().equals("Fireworks")).count();
        assertThat(july.themes().themes().get(id("Fireworks")).size()).isEqualTo(fireworks).isPositive();
        assertThat(july.size()).isEqualTo(sample.dataset().requests().stream().filter(r -> range.contains(r.created())).count());
        assertThat(july.requestIndexes()).allSatisfy(i -> assertThat(range.contains(sample.dataset().requests().get(i).created())).isTrue());
    }
}
