package org.civicthemes.analysis;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
 *
 * <p>With the meaning of the wordings ({@link WordingMeaning}), asks for action count too ("please fix", "we need"),
 * and within a theme a wording joins the first, most asked, group whose leading wording means nearly the same (cosine
 * {@link #MEANING_SIMILARITY} or more): "When will the pothole be fixed?" and "How long do we have to wait for this
 * hole?" are one question. A group then needs {@link #minimumCount} requests: 2 on an export of up to 20,000 requests,
 * one more for every further 10,000. A request counts once.
 */
public final class FaqFinder {

    /** Jaccard overlap of word sets above which two wordings are the same question. */
    public static final double SIMILARITY = 0.6;
    /** A question asked fewer times than this is not a candidate. */
    public static final int MIN_COUNT = 3;
    /** Cosine of two wordings' sentence vectors above which they ask the same (paraphrases measured 0.64-0.79). */
    public static final double MEANING_SIMILARITY = 0.6;
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
        return find(dataset, run, sanitize, perTheme, WordingMeaning.NONE);
    }

    /**
     * With the meaning of the wordings: questions and asks for action, grouped by meaning within each theme (words
     * only, as {@link #find(Dataset, ThemeRun, UnaryOperator, int)}, when {@code meaning} gives no vectors).
     */
    public static List<FaqCandidate> find(Dataset dataset, ThemeRun run, UnaryOperator<String> sanitize, int perTheme,
                                          WordingMeaning meaning) {
        boolean byMeaning = meaning != WordingMeaning.NONE;
        Map<Integer, Map<String, Wording>> byTheme = new HashMap<>();
        int themes = run.themes().themes().size();
        // finding and sanitizing the questions is the costly part: in parallel, then grouped in document order
        String[] questions = new String[run.size()];
        QuestionKind[] kinds = new QuestionKind[run.size()];
        String[] keys = new String[run.size()];
        IntStream.range(0, run.size()).parallel().forEach(doc -> {
            ServiceRequest request = dataset.requests().get(run.requestIndexes().get(doc));
            java.util.Optional<QuestionExtractor.Found> found = byMeaning
                    ? QuestionExtractor.questionOrAskIn(request.text())
                    : QuestionExtractor.questionIn(request.text()).map(q -> new QuestionExtractor.Found(q,
                            QuestionKind.of(q, false)));
            questions[doc] = found.map(f -> sanitize.apply(f.text())).orElse(null);
            kinds[doc] = found.map(QuestionExtractor.Found::kind).orElse(null);
            keys[doc] = questions[doc] == null ? null : key(questions[doc]);
        });
        Months months = Months.of(dataset, run);
        for (int doc = 0; doc < run.size(); doc++) {
            String text = questions[doc];
            if (text == null) {
                continue;
            }
            ServiceRequest request = dataset.requests().get(run.requestIndexes().get(doc));
            int group = ThemeGroups.of(run.themes().assignment().themeOf(doc), themes);
            byTheme.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .computeIfAbsent(keys[doc], k -> new Wording(words(k)))
                    .add(text, request.sourceRow(), kinds[doc], months.of(request));
        }
        int minimum = byMeaning ? minimumCount(run.size()) : MIN_COUNT;
        List<FaqCandidate> out = new ArrayList<>();
        byTheme.keySet().stream().sorted().forEach(group -> out.addAll(merge(group, byTheme.get(group), perTheme,
                byMeaning ? meaning : WordingMeaning.NONE, minimum, months)));
        return out;
    }

    /** The latest month of the run's requests and the months before it that a {@link FaqTrend} averages. */
    private record Months(YearMonth latest, YearMonth firstBefore) {

        static Months of(Dataset dataset, ThemeRun run) {
            LocalDateTime first = null;
            LocalDateTime last = null;
            for (int index : run.requestIndexes()) {
                LocalDateTime created = dataset.requests().get(index).created();
                if (created != null) {
                    first = first == null || created.isBefore(first) ? created : first;
                    last = last == null || created.isAfter(last) ? created : last;
                }
            }
            if (last == null) {
                return new Months(null, null);
            }
            YearMonth latest = YearMonth.from(last);
            YearMonth before = latest.minusMonths(FaqTrend.MONTHS_BEFORE);
            YearMonth firstMonth = YearMonth.from(first);
            return new Months(latest, before.isBefore(firstMonth) ? firstMonth : before);
        }

        /** 1 for the latest month, 0 for the months before it, -1 for earlier months or no date. */
        int of(ServiceRequest request) {
            if (latest == null || request.created() == null) {
                return -1;
            }
            YearMonth month = YearMonth.from(request.created());
            return month.equals(latest) ? 1 : month.isBefore(latest) && !month.isBefore(firstBefore) ? 0 : -1;
        }

        FaqTrend trend(int latestCount, int beforeCount) {
            if (latest == null) {
                return FaqTrend.UNKNOWN;
            }
            return new FaqTrend(latest, latestCount, beforeCount,
                    (int) java.time.temporal.ChronoUnit.MONTHS.between(firstBefore, latest));
        }
    }

    /** Requests a group needs with meaning: 2 up to 20,000 requests, one more for every further 10,000. */
    public static int minimumCount(int requests) {
        return Math.max(2, requests / 10_000);
    }

    private static List<FaqCandidate> merge(int group, Map<String, Wording> wordings, int perTheme,
                                            WordingMeaning meaning, int minimum, Months months) {
        List<Wording> sorted = new ArrayList<>(wordings.values());
        sorted.sort(Comparator.comparingInt((Wording w) -> -w.count).thenComparing(w -> w.mostFrequent()));
        List<Wording> considered = sorted.subList(0, Math.min(WORDINGS_MERGED, sorted.size()));
        float[][] vectors = meaning.vectorsOf(considered.stream().map(Wording::mostFrequent).toList());
        List<List<Wording>> questions = new ArrayList<>();
        List<float[]> leaders = new ArrayList<>();
        for (int i = 0; i < considered.size(); i++) {
            Wording w = considered.get(i);
            float[] vector = vectors == null ? null : vectors[i];
            List<Wording> home = null;
            for (int q = 0; q < questions.size() && home == null; q++) {
                if (jaccard(questions.get(q).get(0).words, w.words) >= SIMILARITY
                        || cosine(leaders.get(q), vector) >= MEANING_SIMILARITY) {
                    home = questions.get(q);
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                questions.add(home);
                leaders.add(vector);
            }
            home.add(w);
        }
        List<FaqCandidate> out = new ArrayList<>();
        for (List<Wording> q : questions) {
            int count = q.stream().mapToInt(w -> w.count).sum();
            if (count < minimum) {
                continue;
            }
            List<String> examples = q.stream().map(Wording::mostFrequent).distinct().limit(4).toList();
            List<Integer> rows = q.stream().flatMap(w -> w.rows.stream()).sorted().limit(5).toList();
            FaqTrend trend = months.trend(q.stream().mapToInt(w -> w.latest).sum(),
                    q.stream().mapToInt(w -> w.before).sum());
            out.add(new FaqCandidate(group, examples.get(0), count, examples.subList(0, Math.min(3, examples.size())),
                    rows, q.get(0).kind(), trend, null));
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

    private static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return -1;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
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
        private final Map<QuestionKind, Integer> kinds = new java.util.EnumMap<>(QuestionKind.class);
        private int count;
        private int latest;
        private int before;

        Wording(Set<String> words) {
            this.words = words;
        }

        /** @param month 1: the latest month, 0: the months before it, -1: earlier or no date */
        void add(String form, int row, QuestionKind kind, int month) {
            latest += month == 1 ? 1 : 0;
            before += month == 0 ? 1 : 0;
            forms.merge(form, 1, Integer::sum);
            kinds.merge(kind, 1, Integer::sum);
            if (rows.size() < 5) {
                rows.add(row);
            }
            count++;
        }

        /** The kind most of its requests were read as (ties: the first kind in declaration order). */
        QuestionKind kind() {
            return kinds.entrySet().stream().max(Map.Entry.<QuestionKind, Integer>comparingByValue()
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey)
                    .orElse(QuestionKind.OTHER);
        }

        String mostFrequent() {
            Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
            Comparator<Map.Entry<String, Integer>> thenFirstAlphabetically = byCount.thenComparing(
                    Map.Entry::getKey, Comparator.reverseOrder());
            return forms.entrySet().stream().max(thenFirstAlphabetically).map(Map.Entry::getKey).orElse("");
        }
    }
}
