package org.civicthemes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A codebook refuses what would make its themes ambiguous or unusable, with a sentence saying what. */
class CodebookTest {

    static final CodebookText TEXT = new CodebookText(Set.of("phone"), Set.of(), true, true, true, false, true);

    /** Three terms, two dimensions, no meaning. */
    static CodebookSpace space() {
        return new CodebookSpace(List.of("bulk", "pothol", "street_light"), List.of("bulk", "pothole", "street light"),
                new double[] {2.0, 1.5, 3.0}, true, 2, new float[] {1, 0, 0, 1, 0.6f, 0.8f}, "", 0, 0.5, 0.2, TEXT);
    }

    static CodebookTheme theme(int id, String name) {
        return new CodebookTheme(id, name, "", "", List.of("A pothole on Main St"), 10, new float[] {0.6f, 0.8f},
                new float[] {0.6f, 0.8f});
    }

    static CodebookProvenance provenance() {
        return new CodebookProvenance("export.csv", "", DateRange.ALL, 100, ThemeOptions.DEFAULTS,
                "2026-12-07T10:00:00Z");
    }

    @Test
    void aValidCodebookKeepsItsThemesAndTheNextFreeId() {
        Codebook codebook = Codebook.of(List.of(theme(1, "Potholes"), theme(3, "Street lights")), 4, space(),
                provenance());
        assertThat(codebook.theme(3)).map(CodebookTheme::name).contains("Street lights");
        assertThat(codebook.nextId()).isEqualTo(4);
        assertThat(codebook).isEqualTo(Codebook.of(List.of(theme(1, "Potholes"), theme(3, "Street lights")), 4,
                space(), provenance()));
    }

    @Test
    void aThemeIdTwiceIsRefused() {
        assertThatThrownBy(() -> Codebook.of(List.of(theme(2, "Potholes"), theme(2, "Street lights")), 3, space(),
                provenance())).isInstanceOf(IllegalArgumentException.class).hasMessage("Theme id 2 is used twice");
    }

    @Test
    void anEmptyCodebookIsRefused() {
        assertThatThrownBy(() -> Codebook.of(List.of(), 1, space(), provenance()))
                .hasMessage("A codebook needs at least one theme");
    }

    @Test
    void idsAreNeverReusedSoTheNextIdIsAboveEveryId() {
        assertThatThrownBy(() -> Codebook.of(List.of(theme(1, "Potholes"), theme(5, "Lights")), 5, space(),
                provenance())).hasMessageContaining("ids are never reused");
    }

    @Test
    void anotherFormatVersionIsRefused() {
        assertThatThrownBy(() -> new Codebook(Codebook.FORMAT, 2, List.of(theme(1, "Potholes")), 2, space(),
                provenance())).hasMessageContaining("format civicthemes-codebook 1");
    }

    @Test
    void centresMustFitTheSpaceAndBeUnitVectors() {
        CodebookTheme wide = new CodebookTheme(1, "Wide", "", "", List.of(), 1, new float[] {1, 0, 0},
                new float[] {1, 0});
        assertThatThrownBy(() -> Codebook.of(List.of(wide), 2, space(), provenance()))
                .hasMessageContaining("centres of 3 and 2 values");
        assertThatThrownBy(() -> new CodebookTheme(1, "Short", "", "", List.of(), 1, new float[] {0.5f, 0.5f},
                new float[] {1, 0})).hasMessageContaining("not of unit length");
    }

    @Test
    void twoThemesOfOneNameAndTooManyExamplesAreRefused() {
        assertThatThrownBy(() -> Codebook.of(List.of(theme(1, "Potholes"), theme(2, "potholes")), 3, space(),
                provenance())).hasMessage("Two themes are called 'potholes'");
        assertThatThrownBy(() -> new CodebookTheme(1, "Many", "", "", List.of("a", "b", "c", "d", "e", "f"), 1,
                new float[] {1, 0}, new float[] {1, 0})).hasMessageContaining("at most 5");
    }

    @Test
    void theSpaceNeedsOneIdfAndOneProjectionRowPerTermAndAModelWithMeaning() {
        assertThatThrownBy(() -> new CodebookSpace(List.of("a", "b"), List.of("a", "b"), new double[] {1}, true, 1,
                new float[] {1, 1}, "", 0, 0.5, 0.2, TEXT)).hasMessageContaining("one label and one idf");
        assertThatThrownBy(() -> new CodebookSpace(List.of("b", "a"), List.of("b", "a"), new double[] {1, 1}, true,
                1, new float[] {1, 1}, "", 0, 0.5, 0.2, TEXT)).hasMessageContaining("in order");
        assertThatThrownBy(() -> new CodebookSpace(List.of("a"), List.of("a"), new double[] {1}, true, 1,
                new float[] {1}, "", 384, 0.5, 0.2, TEXT)).hasMessageContaining("names its model");
    }
}
