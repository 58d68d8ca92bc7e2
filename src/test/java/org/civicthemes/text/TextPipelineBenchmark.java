package org.civicthemes.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * A throwaway benchmark, not a test: prepares N texts (default 1,000,000) built by sampling the real
 * SF 311 and Newport SeeClickFix texts in shared/data, a set of Spanish and Vietnamese requests and a
 * sprinkling of personal data, and prints throughput per stage.
 * Run: java -Xmx4g -cp target/classes:target/test-classes:DEPS org.civicthemes.text.TextPipelineBenchmark [N] [threads] [data dir]
 */
public final class TextPipelineBenchmark {

    static final String[] SPANISH = {
        "Hay basura en la calle desde hace una semana, por favor vengan a recogerla.",
        "La luz de la calle está apagada frente a mi casa.",
        "Un carro abandonado estacionado en la esquina hace días.",
        "Hay un bache muy grande en la calle, es peligroso para los coches.",
        "Los vecinos tiran basura en la acera todas las noches.",
        "El semáforo de la esquina no funciona.",
        "Fuga de agua en la banqueta frente al parque.",
        "Grafiti en la pared de la escuela.",
    };
    static final String[] OTHER = {
        "Đèn đường trước nhà tôi bị hỏng đã ba ngày.",
        "Có rác thải bừa bãi ở góc đường.",
        "路灯坏了，请尽快修理。",
    };
    static final String[] PII = {
        " Call me at (555) 201-3344.", " My email is jane.doe@example.com", " Car with plate 7ABC123 parked here.",
        " Near 1234 Main St.", " Account 123456789.", " Tel 415 555 0142",
    };

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path data = Path.of(args.length > 2 ? args[2] : "../shared/data");
        List<String> seed = realTexts(data);
        List<String> texts = corpus(seed, n, 42);
        System.out.printf("%,d texts from %,d seeds, avg %.0f chars%n", texts.size(), seed.size(),
                texts.stream().mapToInt(String::length).average().orElse(0));

        Redactor redactor = Redactor.of(RedactionOptions.ALL);
        BoilerplateStripper boilerplate = new BoilerplateStripper();
        TermNormalizer normalizer = new TermNormalizer();
        HeuristicLanguageDetector detector = new HeuristicLanguageDetector();
        for (int round = 0; round < (Boolean.getBoolean("pipelineOnly") ? 0 : 2); round++) {
            long t = System.nanoTime();
            long sink = 0;
            for (String s : texts) {
                sink += redactor.redact(s).text().length();
            }
            report("redact", t, n, sink);
            t = System.nanoTime();
            for (String s : texts) {
                sink += boilerplate.strip(s).length();
            }
            report("boilerplate", t, n, sink);
            t = System.nanoTime();
            List<String[]> tokens = new ArrayList<>(n);
            for (String s : texts) {
                tokens.add(Tokenization.tokenize(normalizer.normalize(s)));
            }
            report("normalize+tokenize", t, n, tokens.size());
            t = System.nanoTime();
            for (String[] tk : tokens) {
                sink += detector.detect(tk).ordinal();
            }
            report("language", t, n, sink);
        }
        for (int round = 0; round < 3; round++) {
            System.gc();
            long t = System.nanoTime();
            PreparedCorpus corpus = new TextPipeline(TextOptions.DEFAULTS.withParallelism(threads))
                    .prepare(texts, ProgressListener.NONE, CancellationToken.NEVER);
            report("whole pipeline, " + threads + " thread(s)", t, n, corpus.vocabulary().size());
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("  heap after (corpus held): %d MB; vocabulary %,d terms; languages %s; redactions %s%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, corpus.vocabulary().size(), corpus.languages(), corpus.redactions());
            if (round == 2) {
                corpus.vocabulary().terms().stream().filter(Vocabulary.Term::phrase)
                        .sorted(Comparator.comparingLong(Vocabulary.Term::count).reversed()).limit(40)
                        .forEach(term -> System.out.printf("    %-28s %-28s %,d%n", term.key(), term.label(), term.count()));
            }
        }
    }

    private static void report(String what, long start, int n, long sink) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-34s %6.2f s  %,10.0f texts/s  (%d)%n", what, s, n / s, sink % 10);
    }

    public static List<String> realTexts(Path data) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.addAll(column(data.resolve("sf311-encampments/sf311_encampments_2025.csv"), "text"));
        texts.addAll(column(data.resolve("newport-seeclickfix/newport_seeclickfix_2017.csv"), "description"));
        return texts;
    }

    static List<String> column(Path csv, String column) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String s = r.get(column);
                if (!s.isBlank()) {
                    texts.add(s);
                }
            }
        }
        return texts;
    }

    /** n texts: 90% real English, 7% Spanish, 1% other languages; 5% get a piece of personal data appended. */
    static List<String> corpus(List<String> seed, int n, long seedValue) {
        Random random = new Random(seedValue);
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(100);
            String s;
            if (roll < 7) {
                s = SPANISH[random.nextInt(SPANISH.length)];
            } else if (roll < 8) {
                s = OTHER[random.nextInt(OTHER.length)];
            } else {
                s = seed.get(random.nextInt(seed.size()));
            }
            if (random.nextInt(20) == 0) {
                s = s + PII[random.nextInt(PII.length)];
            }
            texts.add(new String(s)); // distinct instances, as a reader would produce
        }
        return texts;
    }
}
