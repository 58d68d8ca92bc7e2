package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.RequestCube;
import org.civicthemes.model.ResultFile;
import org.civicthemes.model.ResultTheme;
import org.civicthemes.model.SparkResults;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Reads the output folder of the Spark job (src/spark, {@code ResultsWriter}): {@code themes.json} (format
 * {@code civicthemes-spark-results}, version 1) and {@code cube.csv} (header {@code theme_id,day,category,district,
 * requests}; day {@code yyyy-MM-dd}, empty for requests without a date; theme 0 Unclear, -1 No description; Spark's
 * CSV dialect, {@link SparkCsv}). The
 * Parquet files beside them are not read: the desktop does not carry Parquet.
 */
public final class SparkResultsFile {

    public static final String THEMES_JSON = "themes.json";
    public static final String CUBE_CSV = "cube.csv";
    static final String FORMAT = "civicthemes-spark-results";
    static final int VERSION = 1;
    static final List<String> CUBE_HEADER = List.of("theme_id", "day", "category", "district", "requests");
    /** The job's id of Unclear and of No description in themes.json and the cube. */
    static final int JOB_UNCLEAR = 0;
    static final int JOB_NO_DESCRIPTION = -1;

    private static final String CHOOSE = " Choose the folder the Spark job was given as --out.";
    private static final String RUN_AGAIN = " Copy the folder again from where the job wrote it, or run the job again.";
    private static final int LINES_PER_UPDATE = 1 << 16;

    private SparkResultsFile() {
    }

    /** Whether the folder looks like the job's results (it holds themes.json and cube.csv), without reading them. */
    public static boolean looksLikeResults(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(THEMES_JSON))
                && Files.isRegularFile(folder.resolve(CUBE_CSV));
    }

    /** Reads the themes, the per-export counts and the cube; refuses anything else in one sentence. */
    public static SparkResults read(Path folder, ProgressListener progress, CancellationToken cancel)
            throws SparkResultsException {
        if (!Files.isDirectory(folder)) {
            throw refusal(folder + " is not a folder." + CHOOSE, null);
        }
        Path themesFile = folder.resolve(THEMES_JSON);
        if (!Files.isRegularFile(themesFile)) {
            throw refusal(folder + " is not the output folder of the CivicThemes Spark job: it holds no "
                    + THEMES_JSON + "." + CHOOSE, null);
        }
        JsonNode json = parse(themesFile);
        List<ResultTheme> themes = themes(json, themesFile);
        Map<Integer, Integer> positions = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            if (positions.put(themes.get(i).id(), i) != null || themes.get(i).id() <= JOB_UNCLEAR) {
                throw refusal(themesFile + " lists the theme id " + themes.get(i).id() + " "
                        + (themes.get(i).id() <= JOB_UNCLEAR ? "that is kept for Unclear and No description"
                        : "twice") + "." + RUN_AGAIN, null);
            }
        }
        RequestCube cube = cube(folder.resolve(CUBE_CSV), positions, themes.size(), progress, cancel);
        long requests = json.path("requests").asLong(-1);
        if (requests >= 0 && cube.total() != requests) {
            throw refusal(folder.resolve(CUBE_CSV) + " counts " + cube.total() + " requests where " + THEMES_JSON
                    + " says " + requests + ": the cube is incomplete." + RUN_AGAIN, null);
        }
        return new SparkResults(folder, json.path("codebook").asText(""), json.path("sample").asLong(),
                json.path("seed").asLong(), Math.max(0, requests), json.path("unclear").asLong(),
                json.path("noDescription").asLong(), json.path("meaning").asText(""), themes, files(json, themesFile),
                cube);
    }

    private static JsonNode parse(Path file) throws SparkResultsException {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw refusal(file + " is not readable JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): it is not the results of the CivicThemes Spark job, or it "
                    + "is damaged." + RUN_AGAIN, e);
        } catch (IOException e) {
            throw refusal("Cannot read " + file + " (" + e.getMessage() + "): check that you may read it.", e);
        }
        if (json == null || !json.isObject() || !FORMAT.equals(json.path("format").asText())) {
            throw refusal(file + " is not the results of the CivicThemes Spark job (its format is not \"" + FORMAT
                    + "\")." + CHOOSE, null);
        }
        int version = json.path("formatVersion").asInt(0);
        if (version > VERSION) {
            throw refusal(file + " was written by a newer Spark job (format version " + version
                    + "): update CivicThemes to open it.", null);
        }
        if (version < 1) {
            throw refusal(file + " has no format version: it is damaged." + RUN_AGAIN, null);
        }
        return json;
    }

    private static List<ResultTheme> themes(JsonNode json, Path file) throws SparkResultsException {
        JsonNode list = json.path("themes");
        if (!list.isArray()) {
            throw refusal(file + " holds no list of themes: it is damaged." + RUN_AGAIN, null);
        }
        List<ResultTheme> themes = new ArrayList<>();
        for (JsonNode theme : list) {
            if (!theme.path("id").canConvertToInt() || !theme.path("name").isTextual()) {
                throw refusal(file + ": theme " + (themes.size() + 1) + " has no id or name: the file is damaged."
                        + RUN_AGAIN, null);
            }
            try {
                themes.add(new ResultTheme(theme.path("id").asInt(), theme.path("name").asText(),
                        theme.path("proposed").asBoolean(false), theme.path("requests").asLong(),
                        theme.path("share").asDouble()));
            } catch (IllegalArgumentException e) {
                throw refusal(file + ": theme " + theme.path("id").asInt() + " has impossible counts ("
                        + e.getMessage() + ")." + RUN_AGAIN, e);
            }
        }
        return themes;
    }

    private static List<ResultFile> files(JsonNode json, Path file) throws SparkResultsException {
        List<ResultFile> files = new ArrayList<>();
        for (JsonNode entry : json.path("files")) {
            if (!entry.path("file").isTextual()) {
                throw refusal(file + ": export " + (files.size() + 1) + " of the list has no file name: the file is "
                        + "damaged." + RUN_AGAIN, null);
            }
            Map<String, Long> skipped = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("skipped").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> reason = it.next();
                skipped.put(reason.getKey(), reason.getValue().asLong());
            }
            files.add(new ResultFile(entry.path("file").asText(), entry.path("refused").asText(""),
                    entry.path("rowsRead").asLong(), entry.path("rowsImported").asLong(), skipped,
                    entry.path("rowsWithoutText").asLong(), entry.path("dateless").asLong()));
        }
        return files;
    }

    private static RequestCube cube(Path file, Map<Integer, Integer> positions, int themes, ProgressListener progress,
                                    CancellationToken cancel) throws SparkResultsException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw refusal(file.getParent() + " holds no " + CUBE_CSV + ": the job did not finish writing its results."
                    + RUN_AGAIN, e);
        } catch (IOException e) {
            throw refusal("Cannot read " + file + " (" + e.getMessage() + "): check that you may read it.", e);
        }
        RequestCube.Builder cube = new RequestCube.Builder(themes);
        Map<String, Integer> days = new HashMap<>();
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
             Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8)) {
            SparkCsv csv = new SparkCsv(reader);
            List<String> header = next(csv, file);
            if (header == null || !header.equals(CUBE_HEADER)) {
                throw refusal(file + ", line 1: the header is not " + String.join(",", CUBE_HEADER)
                        + ", so this is not the cube of the CivicThemes Spark job." + RUN_AGAIN, null);
            }
            long lines = 0;
            for (List<String> record = next(csv, file); record != null; record = next(csv, file)) {
                add(cube, record, csv.recordLine(), file, positions, days);
                if (++lines % LINES_PER_UPDATE == 0) {
                    cancel.throwIfCancelled();
                    progress.update("Reading the cube (kB)", counted.count / 1024, size / 1024);
                }
            }
        } catch (IOException e) {
            throw refusal("Cannot read " + file + " (" + e.getMessage() + "): the file is damaged." + RUN_AGAIN, e);
        }
        return cube.build();
    }

    private static List<String> next(SparkCsv csv, Path file) throws IOException, SparkResultsException {
        try {
            return csv.next();
        } catch (SparkCsv.Malformed e) {
            throw refusal(file + ", line " + csv.recordLine() + ": " + e.getMessage() + ": the file is damaged."
                    + RUN_AGAIN, e);
        }
    }

    private static void add(RequestCube.Builder cube, List<String> record, long line, Path file,
                            Map<Integer, Integer> positions, Map<String, Integer> days) throws SparkResultsException {
        String where = file + ", line " + line + ": ";
        if (record.size() != CUBE_HEADER.size()) {
            throw refusal(where + "it has " + record.size() + " values where the cube has " + CUBE_HEADER.size()
                    + ": the file is damaged." + RUN_AGAIN, null);
        }
        int jobId;
        long requests;
        try {
            jobId = Integer.parseInt(record.get(0));
            requests = Long.parseLong(record.get(4));
        } catch (NumberFormatException e) {
            throw refusal(where + "the theme id \"" + record.get(0) + "\" or the count \"" + record.get(4)
                    + "\" is not a whole number: the file is damaged." + RUN_AGAIN, e);
        }
        int themeId;
        if (jobId == JOB_UNCLEAR) {
            themeId = ThemeAssignment.UNCLEAR;
        } else if (jobId == JOB_NO_DESCRIPTION) {
            themeId = ThemeAssignment.NO_DESCRIPTION;
        } else {
            Integer position = positions.get(jobId);
            if (position == null) {
                throw refusal(where + "theme " + jobId + " is not one of the themes in " + THEMES_JSON
                        + ": the two files come from different runs." + RUN_AGAIN, null);
            }
            themeId = position;
        }
        if (requests < 0) {
            throw refusal(where + "the count " + requests + " is negative: the file is damaged." + RUN_AGAIN, null);
        }
        String dayText = record.get(1);
        Integer day = days.get(dayText);
        if (day == null) {
            try {
                day = dayText.isEmpty() ? RequestCube.UNDATED : (int) LocalDate.parse(dayText).toEpochDay();
            } catch (DateTimeParseException e) {
                throw refusal(where + "the day \"" + dayText + "\" is not a date like 2025-03-31: the file is damaged."
                        + RUN_AGAIN, e);
            }
            days.put(dayText, day);
        }
        cube.add(themeId, day, record.get(2), record.get(3), requests);
    }

    private static SparkResultsException refusal(String message, Throwable cause) {
        return new SparkResultsException(message, cause);
    }

    /** Counts the bytes read, for progress through a file of known size. */
    private static final class CountingStream extends FilterInputStream {

        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
