package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civicthemes.model.ColumnPreset;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project file format: every field and every kind of edit survives a round trip; bad files are named. */
class ProjectFileTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private final ProjectFile file = new ProjectFile();

    private static Project project() {
        ImportOptions reading = new ImportOptions("Requests", 3, java.util.Map.of(), ColumnPreset.SEECLICKFIX)
                .withColumns(ColumnRole.REQUEST_TEXT, List.of("Summary", "Description"))
                .withColumns(ColumnRole.DISTRICT, List.of());
        return new Project(new ProjectSource("/data/exports/riverton.xlsx", "../exports/riverton.xlsx", SHA, 2_714_287),
                reading, ThemeOptions.DEFAULTS.withThemes(12).withSeed(7).withUnclearThreshold(0.15),
                Set.of("phone"), Set.of("riverton", "please"),
                new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                new DateRange(LocalDate.of(2024, 2, 1), null),
                List.of(new ThemeEdit.Rename(0, "Potholes"), new ThemeEdit.Merge(List.of(2, 5), "Noise"),
                        new ThemeEdit.Delete(4), new ThemeEdit.Move(List.of(17, 4_093), ThemeAssignment.UNCLEAR),
                        new ThemeEdit.Split(1, 3)));
    }

    @Test
    void everyFieldAndEveryKindOfEditSurvivesARoundTrip() throws Exception {
        Path target = dir.resolve("q1" + ProjectFile.EXTENSION);
        file.write(project(), target);

        assertThat(file.read(target)).isEqualTo(project());
        Project auto = project().withSource(new ProjectSource("/x.csv", "", SHA, -1));
        Project autoK = new Project(auto.source(), ImportOptions.DETECT_ALL, ThemeOptions.DEFAULTS, Set.of(), Set.of(),
                DateRange.ALL, DateRange.ALL, List.of());
        file.write(autoK, target);
        assertThat(file.read(target)).isEqualTo(autoK);
    }

    @Test
    void aCodebookRunKeepsItsCodebookAndItsDepartmentsAndAcceptedThemes() throws Exception {
        Project p = project();
        Project grown = new Project(p.source(), p.reading(), p.themeOptions(), p.keptPersonalData(),
                p.extraStopwords(), p.themeRange(), p.viewRange(), List.of(new ThemeEdit.Department(3, "Public Works"),
                new ThemeEdit.Accept(19), new ThemeEdit.Department(3, ""), new ThemeEdit.Delete(2)),
                "/data/codebooks/riverton.codebook.json");
        Path target = dir.resolve("grown" + ProjectFile.EXTENSION);
        file.write(grown, target);

        assertThat(file.read(target)).isEqualTo(grown);
        assertThat(Files.readString(target)).contains("\"codebook\" : \"/data/codebooks/riverton.codebook.json\"",
                "\"type\" : \"department\"", "\"department\" : \"Public Works\"", "\"type\" : \"accept\"");
        assertThat(file.toJson(project())).as("a project without a codebook is written as before")
                .doesNotContain("codebook");
        assertThat(file.read(write("old.civicthemes", file.toJson(project()))).usesCodebook()).isFalse();
    }

    @Test
    void theFileIsPrettyPrintedVersionedJsonWithReadableEditTypes() throws Exception {
        String json = file.toJson(project());

        assertThat(json).startsWith("{\n  \"format\" : \"civicthemes-project\",\n  \"formatVersion\" : 1,");
        assertThat(json).contains("\"type\" : \"rename\"", "\"type\" : \"merge\"", "\"type\" : \"delete\"",
                "\"type\" : \"move\"", "\"type\" : \"split\"", "\"preset\" : \"seeclickfix\"",
                "\"request_text\" : [ \"Summary\", \"Description\" ]", "\"district\" : [ ]", "\"count\" : 12",
                "\"from\" : \"2024-01-01\"");
        assertThat(file.toJson(project())).isEqualTo(json);
    }

    @Test
    void brokenJsonIsNamedWithItsLineAndColumn() throws Exception {
        String json = file.toJson(project());
        String broken = json.replaceFirst("\"sha256\" : \"" + SHA + "\",", "\"sha256\" : \"" + SHA + "\"");
        Path target = write("broken.civicthemes", broken);
        int line = lineOf(broken, "\"size\"");

        assertThatThrownBy(() -> file.read(target)).isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("broken.civicthemes is damaged at line " + line + ", column 5")
                .hasMessageContaining("open an earlier copy");
    }

    @Test
    void aValueTheModelRefusesIsNamedWithItsLineAndPlace() throws Exception {
        String json = file.toJson(project()).replace("\"label\" : \"Noise\"", "\"label\" : \"  \"");
        Path target = write("blank.civicthemes", json);
        // the second edit's "{" is on the line before its "type" : "merge"

        assertThatThrownBy(() -> file.read(target))
                .hasMessage("blank.civicthemes has a value CivicThemes cannot use at line " + (lineOf(json, "\"merge\"") - 1)
                        + " (edits, item 2): A theme needs a name. Fix it in a text editor, or open an earlier copy of"
                        + " the project.");
        String noSeed = file.toJson(project()).replace("\"seed\" : 7,", "\"seed\" : \"seven\",");
        Path seven = write("seven.civicthemes", noSeed);
        assertThatThrownBy(() -> file.read(seven)).hasMessageContaining("at line " + lineOf(noSeed, "\"seed\"")
                + " (themes, seed): 'seed' must be a whole number");
    }

    @Test
    void aSpreadsheetOrOtherJsonIsNotAProject() throws Exception {
        Path sheet = dir.resolve("riverton.civicthemes");
        Files.copy(Path.of("sample-data", "riverton-311-requests.xlsx"), sheet);
        Path other = write("package.civicthemes", "{ \"name\": \"something else\" }");

        assertThatThrownBy(() -> file.read(sheet)).hasMessageStartingWith("riverton.civicthemes is not a CivicThemes project");
        assertThatThrownBy(() -> file.read(other)).hasMessageStartingWith("package.civicthemes is not a CivicThemes project");
    }

    @Test
    void aNewerFormatAsksForANewerCivicThemes() throws Exception {
        Path target = write("future.civicthemes", file.toJson(project()).replace("\"formatVersion\" : 1",
                "\"formatVersion\" : 2"));

        assertThatThrownBy(() -> file.read(target)).hasMessage("future.civicthemes was saved by a newer CivicThemes"
                + " (project format 2; this version reads format 1 and older). Update CivicThemes to open it.");
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> file.read(dir.resolve("gone.civicthemes")))
                .hasMessageStartingWith("gone.civicthemes does not exist in " + dir);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
