package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the JSON files CivicThemes saves and reads back (projects, codebooks) share: one pretty-printed object,
 * strict reading (no trailing tokens, no duplicate fields), and refusals worded as one sentence naming the file.
 */
final class SavedJson {

    /** The file cannot be used; the message says why and what to do. Each file type wraps it in its own exception. */
    static final class Refusal extends Exception {
        Refusal(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SavedJson() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Writes the tree, then a line end, through {@link AtomicFile}. */
    static void write(ObjectMapper mapper, JsonNode json, Path target, boolean replace) throws IOException {
        AtomicFile.write(target, out -> {
            mapper.writeValue(out, json);
            out.write('\n');
        }, replace);
    }

    /** The text {@link #write} writes. */
    static String text(ObjectMapper mapper, JsonNode json) throws IOException {
        return mapper.writeValueAsString(json) + "\n";
    }

    /** The file's bytes; {@code ifMissing} says what to do when it is not there. */
    static byte[] bytesOf(Path file, String ifMissing) throws Refusal {
        String name = file.getFileName().toString();
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Refusal(name + " does not exist in " + file.toAbsolutePath().getParent() + ". " + ifMissing, e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    /** The JSON tree of the bytes; a broken file is refused with the line and column where it breaks. */
    static JsonNode parse(ObjectMapper mapper, byte[] bytes, String name, String damaged, String fix) throws Refusal {
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Refusal(name + " " + damaged + " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + " (" + e.getOriginalMessage() + ")." + fix, e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    private static Refusal cannotRead(String name, IOException e) {
        return new Refusal("Cannot read " + name + " (" + e.getMessage()
                + "). Check that the file is there and that you may read it, then try again.", e);
    }
}
