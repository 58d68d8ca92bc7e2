package org.civicthemes.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.civicthemes.io.read.SpreadsheetImporter;
import org.civicthemes.model.ColumnRole;

/**
 * One Parquet export (a .parquet file, or a folder of part files Spark wrote) read by Spark from any file system it
 * reads (its fully qualified Hadoop path as {@link ExportFiles} found it): the columns the
 * reading options name are checked on the driver, every value is read as text (timestamps as
 * {@code yyyy-MM-dd HH:mm:ss} in the session's zone) and the rows are imported in one task by
 * {@link ParquetRowsImport}.
 */
final class ParquetExport {

    private ParquetExport() {
    }

    /**
     * @throws IllegalArgumentException when a column the options name is not in the export, in one sentence
     */
    static JavaRDD<Row> requests(SparkSession spark, ExportFile export, ReadingArgs reading,
                                 CollectionAccumulator<FileCounts> counts) {
        Dataset<Row> table = spark.read().parquet(export.location());
        List<String> columns = Arrays.asList(table.columns());
        requireNamedColumns(export.name(), columns, reading);
        Column[] asText = columns.stream().map(c -> col("`" + c.replace("`", "``") + "`").cast("string"))
                .toArray(Column[]::new);
        return table.select(asText).coalesce(1).toJavaRDD()
                .mapPartitions(new ParquetRowsImport(export.name(), columns, reading, counts));
    }

    static void requireNamedColumns(String export, List<String> columns, ReadingArgs reading) {
        for (Map.Entry<ColumnRole, List<String>> role : reading.importOptions().columns().entrySet()) {
            for (String wanted : role.getValue()) {
                if (SpreadsheetImporter.resolveColumn(columns, wanted).isEmpty()) {
                    throw new IllegalArgumentException("There is no column '" + wanted + "' in " + export + " for "
                            + role.getKey().displayName() + "; its columns are: " + String.join(", ", columns) + ".");
                }
            }
        }
    }
}
