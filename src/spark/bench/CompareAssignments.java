// Compares the Spark job's themes with the desktop's, request by request, for one export placed by one codebook.
// Run with the local runner's class path (src/spark/bench/spark-bench.sh does):
//   java --add-opens=... -cp target/civic-themes-spark.jar:$(cat target/spark/spark-classpath.txt) \
//     src/spark/bench/CompareAssignments.java SPARK_OUT DESKTOP_OUT/assignments.csv NEXT_ID [BURSTS]
// A codebook theme (id below NEXT_ID) and a theme of words that burst since the codebook (the BURSTS ids from NEXT_ID
// on, default 0) must match exactly; the other proposed themes and Unclear count as "fits none" on both sides (those
// proposals are found among different sets of requests); No description (-1) must match.
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

public class CompareAssignments {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[*]").appName("compare")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int bursts = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int next = Integer.parseInt(args[2]) + bursts;
        String fold = "CASE WHEN %s >= " + next + " THEN 0 ELSE %s END";
        Dataset<Row> job = spark.read().parquet(args[0] + "/assignments")
                .selectExpr("row", String.format(fold, "theme_id", "theme_id") + " AS job");
        Dataset<Row> desktop = spark.read().option("header", "true").csv(args[1])
                .selectExpr("CAST(row AS INT) AS row", String.format(fold, "CAST(theme_id AS INT)",
                        "CAST(theme_id AS INT)") + " AS desktop");
        Dataset<Row> both = job.join(desktop, job.col("row").equalTo(desktop.col("row")), "full_outer");
        long requests = both.count();
        long same = both.filter(col("job").eqNullSafe(col("desktop"))).count();
        long inCodebookThemes = both.filter(expr("desktop > 0 AND desktop < " + (next - bursts))).count();
        long inBurstThemes = both.filter(expr("desktop >= " + (next - bursts))).count();
        System.out.printf("requests %,d; same theme %,d; different %,d; in a codebook theme %,d; in a burst theme"
                + " %,d%n", requests, same, requests - same, inCodebookThemes, inBurstThemes);
        spark.stop();
    }
}
