package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.civicthemes.model.Codebook;

/**
 * Reads and writes a codebook file: one pretty-printed JSON object that starts with
 * {@code "format": "civicthemes-codebook"} and a format version (docs/codebook.md). Writing goes through
 * {@link AtomicFile}. Reading refuses, with one sentence naming the file: anything that is not a codebook, another
 * format version, a damaged or cut-short file (with the line and column), a value the model refuses (a theme id
 * twice, no theme; with the line), and a file whose vocabulary, projection or centres were changed after it was
 * saved (they no longer match its {@code integrity} code).
 */
public final class CodebookFile {

    public static final String EXTENSION = ".codebook.json";

    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "formatVersion";

    private static final String FIX = " Save the codebook again from the analysis it came from.";

    private final ObjectMapper mapper = SavedJson.mapper();

    /**
     * Writes the codebook; with {@code replace} false an existing file is left as it is and
     * {@link java.nio.file.FileAlreadyExistsException} thrown.
     */
    public void write(Codebook codebook, Path target, boolean replace) throws IOException {
        SavedJson.write(mapper, new CodebookJsonWriter(mapper).toJson(codebook), target, replace);
    }

    /** The JSON text of a codebook, as {@link #write} writes it. */
    public String toJson(Codebook codebook) throws IOException {
        return SavedJson.text(mapper, new CodebookJsonWriter(mapper).toJson(codebook));
    }

    /**
     * @throws CodebookFileException when the file is missing, unreadable, not a codebook, of another format
     *                               version, damaged or changed; the message says which, where and what to do
     */
    public Codebook read(Path file) throws CodebookFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        JsonNode root;
        try {
            bytes = SavedJson.bytesOf(file, "Check the name and folder of the codebook.");
            if (bytes.length == 0) {
                throw new CodebookFileException(name + " is empty." + FIX, null);
            }
            if (!ProjectFile.startsLikeAnObject(bytes)) {
                throw notACodebook(name);
            }
            root = SavedJson.parse(mapper, bytes, name, "is damaged or cut short", FIX);
        } catch (SavedJson.Refusal e) {
            throw new CodebookFileException(e.getMessage(), e.getCause());
        }
        checkFormat(name, root);
        Codebook codebook;
        try {
            codebook = new CodebookJsonReader(root).codebook();
        } catch (JsonTree.BadField e) {
            throw new CodebookFileException(name + " has a value CivicThemes cannot use at line "
                    + ProjectFile.lineOf(mapper, bytes, e.where) + " (" + ProjectFile.describe(e.where) + "): "
                    + e.getMessage() + "." + FIX, e);
        }
        if (!CodebookDigest.of(codebook).equals(root.path("integrity").asText())) {
            throw new CodebookFileException(name + " was changed after it was saved: its vocabulary, projection or "
                    + "theme centres no longer match its integrity code (names, descriptions, departments and "
                    + "examples may be edited; the numbers may not)." + FIX, null);
        }
        return codebook;
    }

    private static CodebookFileException notACodebook(String name) {
        return new CodebookFileException(name + " is not a CivicThemes codebook (a codebook is a JSON file that "
                + "starts with \"format\": \"" + Codebook.FORMAT + "\"; save one with analyze --save-codebook).", null);
    }

    private static void checkFormat(String name, JsonNode root) throws CodebookFileException {
        if (!root.isObject() || !Codebook.FORMAT.equals(root.path(FORMAT_FIELD).asText())) {
            throw notACodebook(name);
        }
        JsonNode version = root.get(VERSION_FIELD);
        if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new CodebookFileException(name + " has no valid '" + VERSION_FIELD + "' (a whole number from 1)."
                    + FIX, null);
        }
        if (version.asInt() != Codebook.FORMAT_VERSION) {
            throw new CodebookFileException(name + " is a codebook of format " + version.asInt()
                    + "; this version of CivicThemes reads format " + Codebook.FORMAT_VERSION + ". "
                    + (version.asInt() > Codebook.FORMAT_VERSION ? "Update CivicThemes to use it."
                    : "Save the codebook again with this version."), null);
        }
    }
}
