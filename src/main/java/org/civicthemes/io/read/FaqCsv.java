package org.civicthemes.io.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.model.FaqEntry;

/**
 * A city FAQ as a CSV table: the question column found by its header ("Question", "FAQ", "Pregunta", ...), the answer
 * column too when there is one. Comma, semicolon or tab separated, as the header line shows.
 */
final class FaqCsv {

    private static final List<String> QUESTION_HEADERS = List.of("question", "questions", "faq", "q", "pregunta",
            "title", "faq question");
    private static final List<String> ANSWER_HEADERS = List.of("answer", "answers", "a", "respuesta", "response",
            "body", "faq answer");

    private FaqCsv() {
    }

    static List<FaqEntry> read(String text, String fileName) throws ImportException {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = delimiterOf(firstLine);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        List<FaqEntry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames();
            int question = column(headers, QUESTION_HEADERS);
            int answer = column(headers, ANSWER_HEADERS);
            if (question < 0) {
                throw new ImportException(fileName + ", line 1: no question column among the headers "
                        + String.join(", ", headers) + "; name the column of questions \"Question\" (and the "
                        + "answers \"Answer\").");
            }
            long line = 2;
            for (CSVRecord row : parser) {
                String q = question < row.size() ? row.get(question).strip() : "";
                String a = answer >= 0 && answer < row.size() ? row.get(answer).strip() : "";
                if (q.isEmpty() && !a.isEmpty()) {
                    throw new ImportException(fileName + ", line " + line + ": an answer without a question; fill "
                            + "in its question, or delete the row.");
                }
                if (!q.isEmpty()) {
                    entries.add(new FaqEntry(q, a, (int) line));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(fileName + " is not a readable CSV table (" + e.getMessage() + "): check its "
                    + "quotes, or save it again from a spreadsheet as CSV UTF-8.", e);
        } catch (IllegalArgumentException e) {
            throw new ImportException(fileName + ", line 1: the header row cannot be read (" + e.getMessage()
                    + "); give each column its own name.", e);
        }
        return entries;
    }

    private static int column(List<String> headers, List<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(headers.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static char delimiterOf(String header) {
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }
}
