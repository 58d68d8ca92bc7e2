package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookProvenance;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookText;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook file: written atomically, read back equal, and every kind of damage refused in one sentence. */
class CodebookFileTest {

    @TempDir
    Path dir;

    private final CodebookFile file = new CodebookFile();

    static Codebook codebook() {
        CodebookText text = new CodebookText(Set.of("email", "phone"), Set.of("riverton"), true, true, true, false,
                true);
        CodebookSpace space = new CodebookSpace(List.of("bulk", "pothol", "street_light"),
                List.of("bulk", "pothole", "street light"), new double[] {2.0149, 1.5, 3.25}, true, 2,
                new float[] {1, 0, 0, 1, 0.6f, 0.8f}, "all-MiniLM-L6-v2-q/test", 3, 0.5, 0.2, text);
        float[] joined = unit(1, 2, 3, 4, 5);
        return Codebook.of(List.of(
                new CodebookTheme(1, "Potholes", "Holes in the road", "Public Works",
                        List.of("Deep pothole on Main St"), 40, joined, new float[] {0.6f, 0.8f}),
                new CodebookTheme(4, "Street lights", "", "", List.of(), 25, unit(5, 4, 3, 2, 1), new float[] {1, 0})),
                7, space, new CodebookProvenance("riverton.xlsx", "ab".repeat(32),
                        new DateRange(null, java.time.LocalDate.of(2024, 12, 31)), 80,
                        ThemeOptions.DEFAULTS.withSeed(7), "2026-12-07T10:00:00Z"));
    }

    private static float[] unit(double... v) {
        double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    private Path written() throws Exception {
        Path target = dir.resolve("themes.codebook.json");
        file.write(codebook(), target, false);
        return target;
    }

    private String refusal(String json) throws Exception {
        Path target = dir.resolve("edited.codebook.json");
        Files.writeString(target, json, StandardCharsets.UTF_8);
        try {
            file.read(target);
        } catch (CodebookFileException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith("edited.codebook.json ");
            return e.getMessage();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void aCodebookIsReadBackEqualAndTheSameCodebookGivesTheSameBytes() throws Exception {
        Path target = written();
        assertThat(file.read(target)).isEqualTo(codebook());
        assertThat(Files.readString(target)).isEqualTo(file.toJson(codebook()))
                .startsWith("{\n  \"format\" : \"civicthemes-codebook\",\n  \"formatVersion\" : 1,");
        assertThatThrownBy(() -> file.write(codebook(), target, false)).isInstanceOf(FileAlreadyExistsException.class);
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file is left").containsExactly(target);
        }
    }

    @Test
    void namesDescriptionsAndDepartmentsMayBeEditedByHand() throws Exception {
        String json = Files.readString(written()).replace("\"department\" : \"\"", "\"department\" : \"Parks\"")
                .replace("Street lights", "Streetlights out");
        Path edited = dir.resolve("edited.codebook.json");
        Files.writeString(edited, json);
        Codebook read = file.read(edited);
        assertThat(read.theme(4).orElseThrow().name()).isEqualTo("Streetlights out");
        assertThat(read.theme(4).orElseThrow().department()).isEqualTo("Parks");
    }

    @Test
    void anotherFormatVersionIsRefused() throws Exception {
        String json = Files.readString(written());
        assertThat(refusal(json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")))
                .contains("is a codebook of format 2; this version of CivicThemes reads format 1")
                .contains("Update CivicThemes");
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine() throws Exception {
        String json = Files.readString(written());
        assertThat(refusal(json.substring(0, json.length() / 2)))
                .matches("edited\\.codebook\\.json is damaged or cut short at line \\d+, column \\d+ .*");
        assertThat(refusal("")).isEqualTo("edited.codebook.json is empty. Save the codebook again from the analysis "
                + "it came from.");
    }

    @Test
    void changedNumbersAreRefusedByTheIntegrityCode() throws Exception {
        String json = Files.readString(written());
        assertThat(refusal(json.replace("\"idf\" : 1.5", "\"idf\" : 1.25")))
                .contains("was changed after it was saved");
        assertThat(refusal(json.replace("\"threshold\" : 0.2", "\"threshold\" : 0.1")))
                .contains("was changed after it was saved");
    }

    @Test
    void aThemeIdTwiceIsRefusedAtItsLine() throws Exception {
        String json = Files.readString(written());
        assertThat(refusal(json.replace("\"id\" : 4", "\"id\" : 1")))
                .contains("at line ").contains("(themes, item 2, id): theme id 1 is used twice");
    }

    @Test
    void anEmptyCodebookIsRefused() throws Exception {
        String json = Files.readString(written());
        int from = json.indexOf("\"themes\" : [");
        int to = json.indexOf("\"space\"");
        assertThat(refusal(json.substring(0, from) + "\"themes\" : [ ],\n  " + json.substring(to)))
                .contains("A codebook needs at least one theme");
    }

    @Test
    void otherFilesAreNotCodebooks() throws Exception {
        assertThat(refusal("{\"format\": \"civicthemes-project\", \"formatVersion\": 1}"))
                .contains("is not a CivicThemes codebook");
        assertThat(refusal("id,text\n1,pothole\n")).contains("is not a CivicThemes codebook");
        assertThatThrownBy(() -> file.read(dir.resolve("missing.codebook.json")))
                .hasMessageStartingWith("missing.codebook.json does not exist in ");
    }
}
