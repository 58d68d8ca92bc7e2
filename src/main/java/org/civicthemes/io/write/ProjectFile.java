package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.civicthemes.model.Project;

/**
 * Reads and writes a project file: one pretty-printed JSON object, {@value #EXTENSION}, that starts with
 * {@code "format": "civicthemes-project"} and a format version. Writing goes through {@link AtomicFile}; reading
 * refuses, with a message naming the file, anything that is not a project, a newer format, or a damaged file
 * (with the line and column).
 */
public final class ProjectFile {

    public static final String EXTENSION = ".civicthemes";
    /** The version this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    static final String FORMAT_FIELD = "format";
    static final String FORMAT_NAME = "civicthemes-project";
    static final String VERSION_FIELD = "formatVersion";

    private static final String FIX = " Fix it in a text editor, or open an earlier copy of the project.";

    private final ObjectMapper mapper = SavedJson.mapper();

    /** Writes the project, replacing {@code target} if it exists (the caller decides whether it may). */
    public void write(Project project, Path target) throws IOException {
        SavedJson.write(mapper, new ProjectJsonWriter(mapper).toJson(project), target, true);
    }

    /** The JSON text of a project, as {@link #write} writes it. */
    public String toJson(Project project) throws IOException {
        return SavedJson.text(mapper, new ProjectJsonWriter(mapper).toJson(project));
    }

    /**
     * @throws ProjectFileException when the file is missing, unreadable, not a project, of a newer format, or
     *                              damaged; the message says which, where and what to do
     */
    public Project read(Path file) throws ProjectFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        JsonNode root;
        try {
            bytes = SavedJson.bytesOf(file, "Check the name and folder, or choose the project again.");
            if (!startsLikeAnObject(bytes)) {
                throw notAProject(name, null);
            }
            root = SavedJson.parse(mapper, bytes, name, "is damaged", FIX);
        } catch (SavedJson.Refusal e) {
            throw new ProjectFileException(e.getMessage(), e.getCause());
        }
        checkFormat(name, root);
        try {
            return new ProjectJsonReader(root).project();
        } catch (JsonTree.BadField e) {
            throw new ProjectFileException(name + " has a value CivicThemes cannot use at line "
                    + lineOf(mapper, bytes, e.where) + " (" + describe(e.where) + "): " + e.getMessage() + "." + FIX, e);
        }
    }

    private static ProjectFileException notAProject(String name, Throwable cause) {
        return new ProjectFileException(name + " is not a CivicThemes project. A project is a " + EXTENSION
                + " file saved by CivicThemes; to analyse an export (.xlsx, .xls, .csv), open it as a file instead.",
                cause);
    }

    /** True when the first character after a byte order mark and white space is '{'. */
    static boolean startsLikeAnObject(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    private static void checkFormat(String name, JsonNode root) throws ProjectFileException {
        if (!root.isObject() || !FORMAT_NAME.equals(root.path(FORMAT_FIELD).asText())) {
            throw notAProject(name, null);
        }
        JsonNode version = root.get(VERSION_FIELD);
        if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new ProjectFileException(name + " has no valid '" + VERSION_FIELD + "' (a whole number from 1)."
                    + FIX, null);
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new ProjectFileException(name + " was saved by a newer CivicThemes (project format "
                    + version.asInt() + "; this version reads format " + FORMAT_VERSION
                    + " and older). Update CivicThemes to open it.", null);
        }
    }

    /** The line of the first token at {@code where}, found with a second, streaming pass over the bytes. */
    static int lineOf(ObjectMapper mapper, byte[] bytes, JsonPointer where) {
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().equals(where)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }

    /** "edits, item 3, label" for /edits/2/label: items count from 1, as people count. */
    static String describe(JsonPointer where) {
        StringBuilder out = new StringBuilder();
        for (JsonPointer p = where; p != null && !p.matches(); p = p.tail()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(p.mayMatchElement() && p.getMatchingProperty().chars().allMatch(Character::isDigit)
                    ? "item " + (p.getMatchingIndex() + 1) : p.getMatchingProperty());
        }
        return out.length() == 0 ? "the whole file" : out.toString();
    }
}
