package org.civicthemes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookText;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SourceFormat;
import org.civicthemes.model.SourceInfo;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.workflow.CodebookService;
import org.civicthemes.workflow.LearnedRun;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;

/**
 * Finds themes on the driver among a fixed-seed sample of requests with the desktop's theme engine, and keeps them
 * as a codebook, by which every request is then placed in parallel. The sample is the requests with the smallest
 * hash of (file, row, seed): the same for any partitioning and any order of the exports.
 */
final class SampleThemes {

    private final ThemeService themeService;
    private final CodebookService codebookService;

    SampleThemes(ThemeService themeService) {
        this.themeService = themeService;
        this.codebookService = new CodebookService(themeService);
    }

    /**
     * The sample of at most {@code size} requests, as the desktop's records, in (file, row) order: an export no
     * larger than the sample is taken whole and in its own order, as the desktop's analyze takes it.
     */
    static List<ServiceRequest> sample(Dataset<Row> requests, int size, long seed) {
        List<Row> rows = requests
                .withColumn("sample_key", xxhash64(col(RequestRows.FILE), col(RequestRows.ROW), lit(seed)))
                .orderBy(col("sample_key"), col(RequestRows.FILE), col(RequestRows.ROW))
                .limit(size)
                .orderBy(col(RequestRows.FILE), col(RequestRows.ROW))
                .select(RequestRows.REQUEST_ID, RequestRows.TEXT, RequestRows.CREATED, RequestRows.CATEGORY,
                        RequestRows.DISTRICT)
                .collectAsList();
        List<ServiceRequest> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            LocalDateTime created = r.isNullAt(2) ? null : r.getAs(2);
            out.add(new ServiceRequest(out.size() + 1, r.getString(0), r.getString(1), created, null,
                    r.getString(3), "", r.getString(4), "", Double.NaN, Double.NaN, ""));
        }
        return out;
    }

    /** The text choices a codebook was made with: the personal data it redacted, its extra stopwords. */
    static TextChoices choicesOf(CodebookText text) {
        java.util.Set<String> kept = new java.util.TreeSet<>(TextChoices.personalDataKinds().keySet());
        kept.removeAll(text.redacted());
        return new TextChoices(kept, text.extraStopwords());
    }

    /** The themes of the sample, as a codebook (ids from 1, largest first). */
    Codebook learn(List<ServiceRequest> sample, String source, ThemeOptions options, TextChoices text,
                   ProgressListener progress, CancellationToken cancel) {
        org.civicthemes.model.Dataset dataset = new org.civicthemes.model.Dataset(
                new SourceInfo(source, "", "", SourceFormat.DELIMITED_TEXT, "", 1, "", ""), List.of(),
                ColumnMapping.empty(), sample);
        LearnedRun learned = themeService.learnThemes(dataset, DateRange.ALL, options, text, progress, cancel);
        return codebookService.make(dataset, learned, learned.run(), text, Instant.now(), cancel);
    }

    /** The codebook's JSON, as the desktop saves it. */
    byte[] bytesOf(Codebook codebook) throws java.io.IOException {
        return codebookService.toJson(codebook).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
