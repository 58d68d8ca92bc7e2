package org.civicthemes.workflow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.cluster.Agreement;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * How well a codebook carries over, on labelled data (shared/data/README.md). Not a test: a main run by hand with the
 * shared data folder as argument. Each set is split in two halves (Newport by date; the short-text sets, whose files
 * are sorted by label, by alternate rows); a
 * codebook is learned on the first half with k = the number of labels and applied to the second; its assignment
 * (codebook themes, each proposed theme, Unclear and No description each one group) is scored by NMI against the
 * labels beside the themes found directly on the second half with the same options. Also the share of the second
 * half placed in a codebook theme, in a proposed theme and in Unclear, and the time to apply against the time to find.
 * Options: -Dmeaning=on|off (default off), -Dsets=name,prefixes, -Dseed=.
 */
public final class CodebookBenchmark {

    /** Texts with their labels and, for the exports split by date, their creation times (else null). */
    private record Labelled(String name, List<String> texts, List<String> labels, List<java.time.LocalDateTime> dates) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        boolean meaning = "on".equals(System.getProperty("meaning", "off"));
        long seed = Long.getLong("seed", 42);
        String only = System.getProperty("sets", "");
        List<String> names = new ArrayList<>(List.of("newport-seeclickfix", "sf311-encampments", "biomedical", "searchsnippets",
                "agnews_8000", "googlenews_TS", "tweet"));
        if (!only.isEmpty()) {
            names.removeIf(n -> Arrays.stream(only.split(",")).noneMatch(n::startsWith));
        }
        Dataset template = new ImportService().importFile(
                Path.of("src/test/resources/realdata/newport_seeclickfix_2017_head150.csv"), ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER).dataset();
        ThemeService themes = new ThemeService();
        CodebookService codebooks = new CodebookService(themes);
        System.out.printf(Locale.ROOT, "meaning=%s seed=%d%n", meaning ? "on" : "off", seed);
        System.out.printf(Locale.ROOT, "%-20s %4s %6s | %8s %8s %8s | %8s %8s %8s | %8s %8s%n", "data", "k", "n2",
                "NMI cb", "NMI new", "cb~new", "assigned", "proposed", "unclear", "apply s", "find s");
        for (String name : names) {
            Labelled set = name.startsWith("newport") ? newport(data) : name.startsWith("sf311") ? sf(data)
                    : shortText(data, name);
            int k = (int) set.labels().stream().distinct().count();
            // Newport is in date order: the first half is the earlier; the short-text files are sorted by label,
            // so they are split by alternate rows
            boolean byDate = set.dates() != null;
            List<Integer> firstRows = new ArrayList<>();
            List<Integer> secondRows = new ArrayList<>();
            for (int i = 0; i < set.texts().size(); i++) {
                boolean early = byDate ? i < set.texts().size() / 2 : i % 2 == 0;
                (early ? firstRows : secondRows).add(i);
            }
            Dataset first = dataset(template, set, firstRows);
            Dataset second = dataset(template, set, secondRows);
            int[] truth = codes(secondRows.stream().map(set.labels()::get).toList());
            // SF holds one request type: its themes are found with k chosen automatically, and only the agreement of
            // the applied and the direct themes says anything
            ThemeOptions options = (k < 2 ? ThemeOptions.DEFAULTS : ThemeOptions.DEFAULTS.withThemes(Math.min(k, 200)))
                    .withSeed(seed)
                    .withMeaning(meaning);
            LearnedRun learned = themes.learnThemes(first, DateRange.ALL, options, TextChoices.DEFAULTS,
                    ProgressListener.NONE, CancellationToken.NEVER);
            Codebook codebook = codebooks.make(first, learned, learned.run(), TextChoices.DEFAULTS, Instant.EPOCH,
                    CancellationToken.NEVER);
            long t0 = System.nanoTime();
            ThemeRun applied = codebooks.apply(second, DateRange.ALL, codebook, name, ProgressListener.NONE,
                    CancellationToken.NEVER);
            long t1 = System.nanoTime();
            ThemeRun direct = themes.findThemes(second, DateRange.ALL, options, TextChoices.DEFAULTS,
                    ProgressListener.NONE, CancellationToken.NEVER);
            long t2 = System.nanoTime();
            int[] a = applied.themes().assignment().toArray();
            int assigned = 0;
            int proposed = 0;
            int unclear = 0;
            for (int t : a) {
                assigned += t >= 0 && !applied.identity().isProposed(t) ? 1 : 0;
                proposed += t >= 0 && applied.identity().isProposed(t) ? 1 : 0;
                unclear += t == -1 ? 1 : 0;
            }
            double n = a.length;
            int[] d = direct.themes().assignment().toArray();
            System.out.printf(Locale.ROOT, "%-20s %4d %6d | %8.3f %8.3f %8.3f | %8.3f %8.3f %8.3f | %8.1f %8.1f%n",
                    name, k, a.length, Agreement.normalizedMutualInformation(truth, a),
                    Agreement.normalizedMutualInformation(truth, d), Agreement.normalizedMutualInformation(a, d),
                    assigned / n, proposed / n, unclear / n, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }

    private static Dataset dataset(Dataset template, Labelled set, List<Integer> rows) {
        List<ServiceRequest> requests = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            requests.add(new ServiceRequest(i + 2, "R" + i, set.texts().get(row),
                    set.dates() == null ? null : set.dates().get(row), null, "", "", "", "", Double.NaN, Double.NaN,
                    ""));
        }
        return new Dataset(template.source(), List.of("Description"), template.mapping(), requests);
    }

    private static int[] codes(List<String> labels) {
        Map<String, Integer> ids = new HashMap<>();
        return labels.stream().mapToInt(l -> ids.computeIfAbsent(l, x -> ids.size())).toArray();
    }

    /** Newport's requests with a description, oldest first, labelled by request type. */
    private static Labelled newport(Path data) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(data.resolve("newport-seeclickfix/newport_seeclickfix_2017.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String text = r.get("description");
                if (text != null && !text.isBlank()) {
                    rows.add(new String[] {r.get("created_at_utc"), text, r.get("request_type")});
                }
            }
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]));
        return new Labelled("newport-seeclickfix", rows.stream().map(r -> r[1]).toList(),
                rows.stream().map(r -> r[2]).toList(), rows.stream().map(r -> time(r[0])).toList());
    }

    /** San Francisco's encampment reports with a text, oldest first; one label for all. */
    private static Labelled sf(Path data) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(data.resolve("sf311-encampments/sf311_encampments_2025.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String text = r.get("text");
                if (text != null && !text.isBlank()) {
                    rows.add(new String[] {r.get("created_at"), text});
                }
            }
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]));
        return new Labelled("sf311-encampments", rows.stream().map(r -> r[1]).toList(),
                rows.stream().map(r -> "encampment").toList(), rows.stream().map(r -> time(r[0])).toList());
    }

    /** An ISO date and time with or without an offset, or a date and a time joined by a space. */
    private static java.time.LocalDateTime time(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            return java.time.OffsetDateTime.parse(t).toLocalDateTime();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDateTime.parse(t.length() == 10 ? t + "T00:00" : t);
        }
    }

    /** One {@code label<TAB>text} per line, in file order. */
    private static Labelled shortText(Path data, String name) throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("short-text-benchmarks/" + name + ".tsv"))) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                labels.add(line.substring(0, tab));
                texts.add(line.substring(tab + 1));
            }
        }
        return new Labelled(name, texts, labels, null);
    }
}
