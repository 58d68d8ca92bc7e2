package org.civicthemes.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civicthemes.cli.ReadingOptions;
import org.civicthemes.workflow.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civic-themes-spark}: the themes of many exports at once on Spark. Reads the exports with the desktop's
 * importer (one task per file), places every request in a codebook's themes in parallel (or in themes found on a
 * fixed-seed sample first), and writes what the workbench opens. See src/spark/README.md.
 */
@Command(name = "civic-themes-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Groups the service requests of many exports into themes on Apache Spark, with the same",
                "import, text steps and codebook as the desktop. Without --codebook the themes are found on a",
                "fixed-seed sample and every request is then placed in them."})
public final class SparkThemesJob implements Callable<Integer> {

    static final int OK = 0;
    static final int BAD_INPUT = 2;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Exports to read: files, folders (their .csv .tsv .txt .xlsx .xls .parquet files; a folder "
                    + "of Parquet part files is one export) or patterns such as exports/*.csv, on any file system "
                    + "Spark reads (hdfs://, s3a://, file://...; without a scheme: the default file system, the "
                    + "local disk in local mode).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write the results into; it must not exist yet.")
    String out;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Place the requests in this codebook's themes (analyze --save-codebook makes one): a path "
                    + "on the default file system or a URI (file:///, hdfs://, s3a://).")
    String codebook;

    @Option(names = "--sample", paramLabel = "N", description = "Requests to find themes on (default: 20000).")
    int sample = JobSettings.DEFAULT_SAMPLE;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the sample (default: 42).")
    long seed = JobSettings.DEFAULT_SEED;

    @Option(names = "--meaning", paramLabel = "on|off",
            description = "Without --codebook: read the meaning of the sample's requests (default: on).")
    String meaning = "on";

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the requests are placed in (default: 4 per core Spark has).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when spark-submit gives none (default: local[*]).")
    String master = "local[*]";

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    private String[] args = new String[0];

    private PrintWriter stdout = new PrintWriter(System.out, true);

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        SparkSession.getDefaultSession().foreach(session -> {
            session.stop();
            return null;
        });
        System.exit(code);
    }

    /** Runs the job; the exit code: 0 done, 2 bad input (said in one line on {@code err}). */
    static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
        SparkThemesJob job = new SparkThemesJob();
        job.args = args.clone();
        job.stdout = stdout;
        CommandLine cli = new CommandLine(job).setOut(stdout).setErr(stderr);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            stderr.println("civic-themes-spark: " + message(e));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof BadInputException) && !(t instanceof IllegalArgumentException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public Integer call() throws Exception {
        SparkSession.Builder builder = SparkSession.builder().appName("civic-themes");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder = builder.master(master);
        }
        SparkSession spark = builder.config("spark.sql.session.timeZone", "UTC").getOrCreate();
        JobSettings settings = JobSettings.of(this, spark.sparkContext().hadoopConfiguration());
        ThemesRun.Result result = new ThemesRun(spark, settings, stdout::println).run();
        stdout.println(result.describe());
        return OK;
    }

    String[] args() {
        return args.clone();
    }
}
