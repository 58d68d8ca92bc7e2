package org.civicthemes.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundled sample's rows with the truth the export does not show, for benchmarks in other packages (test scope).
 */
public final class SampleTruth {

    /** One row with text: the topic really described, the language it was written in, and the text. */
    public record Row(String topic, String language, String text) {
    }

    private SampleTruth() {
    }

    /** The rows with text of the bundled sample (SampleOptions.defaults(): 20,000 rows, seed 311). */
    public static List<Row> bundledRowsWithText() {
        return rowsWithText(SampleOptions.defaults());
    }

    /** The rows with text of a generated export. */
    public static List<Row> rowsWithText(SampleOptions options) {
        List<Row> out = new ArrayList<>();
        new SampleRows(options).forEachRemaining(r -> {
            if (r.text() != null && !r.text().isBlank()) {
                out.add(new Row(r.topic().name(), r.language().name(), r.text()));
            }
        });
        return out;
    }
}
