package org.civicthemes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** Texts prepared in bulk against a vocabulary are prepared exactly as one by one: a codebook relies on it. */
class PrepareEachTest {

    @Test
    void manyRealTextsGiveTheSameTermsInBulkAsOneByOne() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("newport_seeclickfix_2017_head150.csv", "sf311_encampments_2025_head150.csv")) {
            try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/realdata", file))) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                    texts.add(r.isMapped("description") ? r.get("description") : r.get("text"));
                }
            }
        }
        // 1,200 texts: a slice of 1,024 reuses one analyser for many texts
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            many.addAll(texts);
        }
        many.add(null);
        TextPipeline pipeline = new TextPipeline(TextOptions.DEFAULTS);
        Vocabulary vocabulary = pipeline.prepare(texts, ProgressListener.NONE, CancellationToken.NEVER).vocabulary();
        List<PreparedText> bulk = pipeline.prepareEach(many, vocabulary, CancellationToken.NEVER);
        assertThat(bulk).hasSize(many.size());
        for (int i = 0; i < many.size(); i++) {
            assertThat(bulk.get(i)).isEqualTo(pipeline.prepare(many.get(i) == null ? "" : many.get(i), vocabulary));
        }
        assertThat(bulk).anySatisfy(p -> assertThat(p.termKeys()).anyMatch(k -> k.contains("_")));
    }
}
