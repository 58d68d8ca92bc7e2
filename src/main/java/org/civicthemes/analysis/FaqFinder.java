package org.civicthemes.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeRun;

/**
 * FAQ candidates: question-like requests grouped by theme, near-duplicate wordings merged (the same words, or
 * word sets that overlap by {@link #SIMILARITY} or more), with counts and example wordings. The raw material for
 * FAQ entries a department can publish, so every wording goes through a sanitizer (redaction) first. The
 * sanitizer is called from several threads at once.
 */
public final class FaqFinder {

    /** Jaccard overlap of word sets above which two wordings are the same question. */
    public static final double SIMILARITY = 0.6;
    /** A question asked fewer times than this is not a candidate. */
    public static final int MIN_COUNT = 3;
    /** Distinct wordings per theme considered for merging (the most frequent ones). */
    private static final int WORDINGS_MERGED = 300;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\[[a-z_]+\\]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FaqFinder() {
    }

    /**
     * @param sanitize applied to each question before anything else (for example redaction of personal data)
     * @param perTheme most candidates kept per theme
     */
    public static List<FaqCandidate> find(Dataset dataset, ThemeRun run, UnaryOperator<String> sanitize, int perTheme) {
        Map<Integer, Map<String, Wording>> byTheme = new HashMap<>();
        int themes = run.themes().themes().size();
        // finding and sanitizing the questions is the costly part: in parallel, then grouped in document order
        String[] questions = new String[run.size()];
        String[] keys = new String[run.size()];
        IntStream.range(0, run.size()).parallel().forEach(doc -> {
            ServiceRequest request = dataset.requests().get(run.requestIndexes().get(doc));
            questions[doc] = QuestionExtractor.questionIn(request.text()).map(sanitize).orElse(null);
            keys[doc] = questions[doc] == null ? null : key(questions[doc]);
        });
        for (int doc = 0; doc < run.size(); doc++) {
            String text = questions[doc];
            if (text == null) {
                continue;
            }
            ServiceRequest request = dataset.requests().get(run.requestIndexes().get(doc));
            int group = ThemeGroups.of(run.themes().assignment().themeOf(doc), themes);
            byTheme.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .computeIfAbsent(keys[doc], k -> new Wording(words(k))).add(text, request.sourceRow());
        }
        List<FaqCandidate> out = new ArrayList<>();
        byTheme.keySet().stream().sorted().forEach(group -> out.addAll(merge(group, byTheme.get(group), perTheme)));
        return out;
    }

    private static List<FaqCandidate> merge(int group, Map<String, Wording> wordings, int perTheme) {
        List<Wording> sorted = new ArrayList<>(wordings.values());
        sorted.sort(Comparator.comparingInt((Wording w) -> -w.count).thenComparing(w -> w.mostFrequent()));
        List<List<Wording>> questions = new ArrayList<>();
        for (Wording w : sorted.subList(0, Math.min(WORDINGS_MERGED, sorted.size()))) {
            List<Wording> home = null;
            for (List<Wording> q : questions) {
                if (jaccard(q.get(0).words, w.words) >= SIMILARITY) {
                    home = q;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                questions.add(home);
            }
            home.add(w);
        }
        List<FaqCandidate> out = new ArrayList<>();
        for (List<Wording> q : questions) {
            int count = q.stream().mapToInt(w -> w.count).sum();
            if (count < MIN_COUNT) {
                continue;
            }
            List<String> examples = q.stream().map(Wording::mostFrequent).distinct().limit(3).toList();
            List<Integer> rows = q.stream().flatMap(w -> w.rows.stream()).sorted().limit(5).toList();
            out.add(new FaqCandidate(group, examples.get(0), count, examples, rows));
        }
        out.sort(Comparator.comparingInt((FaqCandidate c) -> -c.count()).thenComparing(FaqCandidate::question));
        return out.subList(0, Math.min(perTheme, out.size()));
    }

    /** Lower case, accents and punctuation removed, digits and placeholders dropped, spaces folded. */
    static String key(String question) {
        String s = Normalizer.normalize(question.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = PLACEHOLDERS.matcher(s).replaceAll(" ");
        s = NOT_LETTERS.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static Set<String> words(String key) {
        Set<String> words = new HashSet<>();
        for (String w : key.split(" ")) {
            if (w.length() > 2) {
                words.add(w);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** One normalized wording: how often, in which exact forms, from which rows. */
    private static final class Wording {
        private final Set<String> words;
        private final Map<String, Integer> forms = new HashMap<>();
        private final List<Integer> rows = new ArrayList<>();
        private int count;

        Wording(Set<String> words) {
            this.words = words;
        }

        void add(String form, int row) {
            forms.merge(form, 1, Integer::sum);
            if (rows.size() < 5) {
                rows.add(row);
            }
            count++;
        }

        String mostFrequent() {
            Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
            Comparator<Map.Entry<String, Integer>> thenFirstAlphabetically = byCount.thenComparing(
                    Map.Entry::getKey, Comparator.reverseOrder());
            return forms.entrySet().stream().max(thenFirstAlphabetically).map(Map.Entry::getKey).orElse("");
        }
    }
}
