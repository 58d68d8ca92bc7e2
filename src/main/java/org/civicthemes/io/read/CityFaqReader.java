package org.civicthemes.io.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.FaqEntry;

/**
 * Reads the city's current FAQ from the file an analyst saved it to: plain text (one question per line, or
 * {@code Q:}/{@code A:} blocks), a CSV table (a question column, an optional answer column) or a saved web page. Bad
 * input is refused with one sentence naming the file and the line, and what to do.
 */
public final class CityFaqReader {

    /** Larger files are not an FAQ page (a city FAQ is a few hundred kilobytes at most). */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * @throws ImportException when the file is missing, of another kind, not UTF-8 text, or holds no question
     */
    public CityFaq read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        String extension = extensionOf(name);
        if (!List.of("txt", "csv", "html", "htm").contains(extension)) {
            throw new ImportException(name + " is not an FAQ file CivicThemes reads: save the FAQ as .txt (one "
                    + "question per line, or Q:/A: blocks), .csv (a Question column) or .html (the saved web page).");
        }
        String text = textOf(file, name);
        List<FaqEntry> entries = switch (extension) {
            case "csv" -> FaqCsv.read(text, name);
            case "html", "htm" -> FaqWebPage.read(text, name);
            default -> FaqText.read(text, name);
        };
        if (entries.isEmpty()) {
            throw new ImportException(name + " holds no question: " + switch (extension) {
                case "csv" -> "the Question column is empty.";
                case "html", "htm" -> "no heading, <dt>, <summary> or bold line of the page ends in \"?\"; save the "
                        + "FAQ page itself, or copy its questions into a .txt file, one per line.";
                default -> "write one question per line, or Q: and A: lines.";
            });
        }
        return new CityFaq(name, entries);
    }

    private static String textOf(Path file, String name) throws ImportException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB, too large "
                        + "for an FAQ page: save the FAQ page itself, or its questions in a .txt file.");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new ImportException("The FAQ file " + file + " does not exist: check the path.", e);
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " is not UTF-8 text: save it again as UTF-8 (in Excel: CSV UTF-8; in "
                    + "a text editor: Save as, encoding UTF-8).", e);
        } catch (IOException e) {
            throw new ImportException(name + " could not be read (" + e.getMessage() + "): check that the file is "
                    + "there and readable.", e);
        }
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
