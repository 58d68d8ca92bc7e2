package org.civicthemes.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a run's results into its output folder (any file system Spark writes to):
 * {@code assignments/} (Parquet, partitioned by {@code month=yyyy-MM}, {@code month=undated} for requests without a
 * date), {@code cube/} (Parquet) and {@code cube.csv}: requests per theme x day x category x district, the counts the
 * time views need without the rows; {@code themes.json} ({@link ThemesSummary}); and, when the themes were found on
 * a sample, {@code themes.codebook.json}.
 */
final class ResultsWriter {

    static final String ASSIGNMENTS = "assignments";
    static final String CUBE = "cube";
    static final String CUBE_CSV = "cube.csv";
    static final String THEMES_JSON = "themes.json";
    static final String UNDATED = "undated";
    static final String CODEBOOK = "themes.codebook.json";

    private final String out;
    private final Configuration hadoop;

    ResultsWriter(String out, Configuration hadoop) {
        this.out = out;
        this.hadoop = hadoop;
    }

    /** One row per request: where it came from, its fields but not its text, its theme and similarity. */
    void assignments(Dataset<Row> placed) {
        placed.select(col(RequestRows.FILE), col(RequestRows.ROW), col(RequestRows.REQUEST_ID),
                        col(RequestRows.CREATED), col(RequestRows.CATEGORY), col(RequestRows.DISTRICT),
                        col(RequestRows.THEME_ID), col(RequestRows.SIMILARITY),
                        coalesce(date_format(col(RequestRows.CREATED), "yyyy-MM"), lit(UNDATED))
                                .as(RequestRows.MONTH))
                .write().mode(SaveMode.ErrorIfExists).partitionBy(RequestRows.MONTH)
                .parquet(child(ASSIGNMENTS));
    }

    /** Requests per theme x day x category x district (day empty for requests without a date), in a fixed order. */
    static Dataset<Row> cubeOf(Dataset<Row> placed) {
        return placed.groupBy(col(RequestRows.THEME_ID), to_date(col(RequestRows.CREATED)).as(RequestRows.DAY),
                        col(RequestRows.CATEGORY), col(RequestRows.DISTRICT))
                .count().withColumnRenamed("count", RequestRows.REQUESTS)
                .orderBy(col(RequestRows.THEME_ID), col(RequestRows.DAY), col(RequestRows.CATEGORY),
                        col(RequestRows.DISTRICT));
    }

    /** The cube as Parquet and as one CSV file with a header. */
    void cube(Dataset<Row> cube) throws IOException {
        cube.write().mode(SaveMode.ErrorIfExists).parquet(child(CUBE));
        String parts = child("cube-csv.parts");
        cube.coalesce(1).write().mode(SaveMode.ErrorIfExists).option("header", "true").csv(parts);
        Path folder = new Path(parts);
        FileSystem fs = folder.getFileSystem(hadoop);
        for (FileStatus part : fs.listStatus(folder)) {
            if (part.getPath().getName().startsWith("part-")) {
                fs.rename(part.getPath(), new Path(child(CUBE_CSV)));
            }
        }
        fs.delete(folder, true);
    }

    void themes(ThemesSummary summary) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path target = new Path(child(THEMES_JSON));
        FileSystem fs = target.getFileSystem(hadoop);
        try (OutputStream stream = fs.create(target, false)) {
            mapper.writeValue(stream, summary);
        }
    }

    /** The themes found on a sample, as a codebook the desktop and later runs can place by. */
    void codebook(byte[] json) throws IOException {
        Path target = new Path(child(CODEBOOK));
        try (OutputStream stream = target.getFileSystem(hadoop).create(target, false)) {
            stream.write(json);
        }
    }

    private String child(String name) {
        return out.endsWith("/") ? out + name : out + "/" + name;
    }
}
