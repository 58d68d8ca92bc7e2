package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.SparkResults;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the Spark job's results folder (src/test/resources/spark-results: a slice of a real run on the sample). */
class SparkResultsFileTest {

    @TempDir
    Path folder;

    static Path fixture() throws Exception {
        return Path.of(SparkResultsFileTest.class.getResource("/spark-results/themes.json").toURI()).getParent();
    }

    private static SparkResults read(Path results) throws SparkResultsException {
        return SparkResultsFile.read(results, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void readsTheThemesTheFilesAndTheCube() throws Exception {
        SparkResults results = read(fixture());

        assertThat(results.themes()).extracting(t -> t.id() + " " + t.name() + " " + t.requests())
                .containsExactly("3 water, drain, storm 1446", "9 music, loud, party 1003");
        assertThat(results.requests()).isEqualTo(3_125);
        assertThat(results.unclear()).isEqualTo(126);
        assertThat(results.noDescription()).isEqualTo(550);
        assertThat(results.meaning()).isEqualTo("on");
        assertThat(results.files()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("riverton-311-requests.xlsx");
            assertThat(f.rowsImported()).isEqualTo(3_125);
            assertThat(f.rowsSkipped()).isZero();
            assertThat(f.isRefused()).isFalse();
        });
        RequestCube cube = results.cube();
        assertThat(cube.size()).isEqualTo(3_000);
        assertThat(cube.total()).isEqualTo(3_125);
        // the job's ids become positions: 3 is the first theme, 9 the second, 0 Unclear, -1 No description
        assertThat(groupTotal(cube, 0)).isEqualTo(1_446);
        assertThat(groupTotal(cube, 1)).isEqualTo(1_003);
        assertThat(groupTotal(cube, ThemeAssignment.UNCLEAR)).isEqualTo(126);
        assertThat(groupTotal(cube, ThemeAssignment.NO_DESCRIPTION)).isEqualTo(550);
        assertThat(cube.themeId(0)).isEqualTo(ThemeAssignment.NO_DESCRIPTION);
        assertThat(LocalDate.ofEpochDay(cube.day(0))).isEqualTo(LocalDate.of(2023, 1, 9));
        assertThat(cube.values(RequestCube.Column.CATEGORY).get(cube.code(RequestCube.Column.CATEGORY, 0)))
                .isEqualTo("Missed Garbage Pickup");
        assertThat(cube.values(RequestCube.Column.DISTRICT)).contains("District 5", "District 3");
        assertThat(results.labelOf(1)).isEqualTo("music, loud, party");
    }

    private static long groupTotal(RequestCube cube, int themeId) {
        long total = 0;
        for (int c = 0; c < cube.size(); c++) {
            total += cube.themeId(c) == themeId ? cube.requests(c) : 0;
        }
        return total;
    }

    @Test
    void anUndatedCellAndQuotedBlanksAreRead() throws Exception {
        Path results = copy();
        replaceCube(results, lines -> {
            lines.set(1, "-1,,\"\",\"\",20");
            lines.add("9,,Noise,\"\",1");
        }, +20);
        RequestCube cube = read(results).cube();
        assertThat(cube.day(0)).isEqualTo(RequestCube.UNDATED);
        assertThat(cube.values(RequestCube.Column.CATEGORY).get(cube.code(RequestCube.Column.CATEGORY, 0))).isEmpty();
        assertThat(cube.requests(0)).isEqualTo(20);
    }

    /** Lines as Spark 4.1.1 wrote these values (a local run of the same write options as the job's ResultsWriter). */
    @Test
    void valuesAreReadAsSparkQuotesThem() throws Exception {
        Path results = copy();
        replaceCube(results, lines -> {
            lines.set(1, "3,2024-01-02,\"Graffiti \\\"tag\\\"\",D1,1");
            lines.set(2, "3,,C:\\new\\t,\"\",1");
            lines.set(3, "3,2024-01-03,\"a, b\",\"x\\\"\",1");
            lines.set(4, "3,2024-01-04,\"line");
            lines.add(5, "break\",\"\\\\\\\"q\",1");
            lines.set(6, "9,2024-01-05,\"e, end\\\\\",back\\,1");
        }, 0);
        RequestCube cube = read(results).cube();
        List<String> categories = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            categories.add(cube.values(RequestCube.Column.CATEGORY).get(cube.code(RequestCube.Column.CATEGORY, c)));
            districts.add(cube.values(RequestCube.Column.DISTRICT).get(cube.code(RequestCube.Column.DISTRICT, c)));
        }
        assertThat(categories).containsExactly("Graffiti \"tag\"", "C:\\new\\t", "a, b", "line\nbreak", "e, end\\");
        assertThat(districts).containsExactly("D1", "", "x\"", "\\\"q", "back\\");
        assertThat(cube.day(1)).isEqualTo(RequestCube.UNDATED);
        assertThat(cube.size()).isEqualTo(3_000);
    }

    @Test
    void anUnclosedQuoteIsNamedByItsLine() throws Exception {
        Path results = copy();
        replaceCube(results, lines -> lines.set(7, "3,2024-01-04,\"Flooding,District 1,1"), 0);
        assertThatThrownBy(() -> read(results)).hasMessageContaining("cube.csv, line 8: a quoted value is not closed");
    }

    @Test
    void aFolderWithoutThemesIsRefusedWithWhatToChoose() {
        assertThatThrownBy(() -> read(folder))
                .isInstanceOf(SparkResultsException.class)
                .hasMessage(folder + " is not the output folder of the CivicThemes Spark job: it holds no themes.json."
                        + " Choose the folder the Spark job was given as --out.");
    }

    @Test
    void anotherThemesJsonIsRefused() throws Exception {
        Path results = copy();
        Files.writeString(results.resolve("themes.json"), "{\"format\": \"civicthemes-analysis\", \"themes\": []}");
        assertThatThrownBy(() -> read(results)).hasMessageContaining("is not the results of the CivicThemes Spark job")
                .hasMessageContaining("themes.json");
    }

    @Test
    void aNewerFormatAsksForAnUpdate() throws Exception {
        Path results = copy();
        Path themes = results.resolve("themes.json");
        Files.writeString(themes, Files.readString(themes).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        assertThatThrownBy(() -> read(results)).hasMessageContaining("format version 2")
                .hasMessageEndingWith("update CivicThemes to open it.");
    }

    @Test
    void aDamagedCubeLineIsNamedByItsLine() throws Exception {
        Path results = copy();
        replaceCube(results, lines -> lines.set(41, "3,2024-13-01,Flooding,District 1,2"), 0);
        assertThatThrownBy(() -> read(results))
                .hasMessageStartingWith(results.resolve("cube.csv") + ", line 42: the day \"2024-13-01\" is not a date");
        replaceCube(results, lines -> lines.set(41, "12,2024-03-01,Flooding,District 1,2"), 0);
        assertThatThrownBy(() -> read(results)).hasMessageContaining("line 42: theme 12 is not one of the themes");
        replaceCube(results, lines -> lines.set(41, "3,2024-03-01,Flooding,2"), 0);
        assertThatThrownBy(() -> read(results)).hasMessageContaining("line 42: it has 4 values where the cube has 5");
    }

    @Test
    void aCubeThatDoesNotAddUpIsRefused() throws Exception {
        Path results = copy();
        replaceCube(results, lines -> lines.remove(lines.size() - 1), 0);
        assertThatThrownBy(() -> read(results)).hasMessageContaining("counts 3124 requests where themes.json says 3125")
                .hasMessageContaining("the cube is incomplete");
    }

    @Test
    void aMissingCubeSaysTheJobDidNotFinish() throws Exception {
        Path results = copy();
        Files.delete(results.resolve("cube.csv"));
        assertThatThrownBy(() -> read(results)).hasMessageContaining("holds no cube.csv: the job did not finish");
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        Path results = copy();
        replaceCube(results, lines -> {
            for (int i = 0; i < 70_000; i++) {
                lines.add("3,2024-03-01,Flooding,District 1,0");
            }
        }, 0);
        assertThatThrownBy(() -> SparkResultsFile.read(results, ProgressListener.NONE, () -> true))
                .isInstanceOf(CancelledException.class);
    }

    private Path copy() throws Exception {
        Path target = folder.resolve("results");
        Files.createDirectories(target);
        for (String name : List.of("themes.json", "cube.csv")) {
            Files.copy(fixture().resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void replaceCube(Path results, java.util.function.Consumer<List<String>> change, int extra)
            throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(results.resolve("cube.csv")));
        change.accept(lines);
        Files.write(results.resolve("cube.csv"), lines);
        if (extra != 0) {
            Path themes = results.resolve("themes.json");
            Files.writeString(themes, Files.readString(themes).replaceFirst("\"requests\": 3125",
                    "\"requests\": " + (3125 + extra)));
        }
    }
}
