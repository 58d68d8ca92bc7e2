package org.civicthemes.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.FaqEntry;

/**
 * Which questions residents ask the city's FAQ already answers. A group of questions is covered by the FAQ entry whose
 * question means most nearly the same: the cosine of the group's meaning (the mean of its wordings' sentence vectors)
 * and the entry's question's vector reaches {@link #MEANING_THRESHOLD}. Without meaning (a words-only run, a language
 * the sentence model does not read, or the model unavailable), by words: the share of the shorter question's content
 * words that the other one has reaches {@link #WORDS_THRESHOLD}, with at least {@link #MIN_COMMON_WORDS} in common.
 */
public final class FaqCoverage {

    /**
     * Cosine at or above which an FAQ entry answers a group. Measured on the sample's 80 groups with riverton-faq.txt
     * (docs/themes-example.md): of the 18 matched at 0.6 or more, 17 are answered by the entry (the one wrong: snow on
     * sidewalks, matched with who repairs a broken sidewalk at 0.69); between 0.55 and 0.6 lie two right matches
     * (who trims the tree in front of my house 0.57, City Hall open on the holiday 0.59) and two wrong ones, below
     * 0.55 nearly all are wrong. A wrong "covered" hides a question from the FAQ to write, so the line is kept high.
     */
    public static final double MEANING_THRESHOLD = 0.6;
    /** Share of the shorter question's content words found in the other, at or above which they match by words. */
    public static final double WORDS_THRESHOLD = 0.6;
    /** Content words two questions must share to match by words. */
    public static final int MIN_COMMON_WORDS = 2;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "at", "for", "by", "with", "from", "about", "is", "are", "was", "be", "do", "does", "did", "can", "could",
            "will", "would", "should", "i", "my", "me", "we", "our", "you", "your", "it", "its", "this", "that", "there",
            "what", "when", "where", "who", "why", "how", "which", "get", "have", "has", "if", "not", "any", "please",
            "el", "la", "los", "las", "un", "una", "de", "del", "en", "que", "por", "para", "con", "mi", "es", "se",
            "como", "cuando", "donde", "quien", "puedo", "hay");

    private FaqCoverage() {
    }

    /**
     * The groups in the same order, each with the FAQ entry that covers it (or none); unchanged when no FAQ is given.
     */
    public static List<FaqCandidate> match(List<FaqCandidate> groups, CityFaq faq, WordingMeaning meaning) {
        if (!faq.isLoaded() || groups.isEmpty()) {
            return groups;
        }
        List<FaqEntry> entries = faq.entries();
        float[][] entryVectors = meaning.vectorsOf(entries.stream().map(FaqEntry::question).toList());
        List<String> wordings = new ArrayList<>();
        for (FaqCandidate g : groups) {
            wordings.addAll(g.wordings());
        }
        float[][] wordingVectors = entryVectors == null ? null : meaning.vectorsOf(wordings);
        List<Set<String>> entryWords = entries.stream().map(e -> contentWords(e.question())).toList();
        List<FaqCandidate> out = new ArrayList<>(groups.size());
        int at = 0;
        for (FaqCandidate g : groups) {
            float[] mean = wordingVectors == null ? null : mean(wordingVectors, at, g.wordings().size());
            at += g.wordings().size();
            out.add(g.withCoveredBy(mean != null ? byMeaning(mean, entries, entryVectors)
                    : byWords(contentWords(g.question()), entries, entryWords)));
        }
        return List.copyOf(out);
    }

    private static FaqMatch byMeaning(float[] group, List<FaqEntry> entries, float[][] entryVectors) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < entries.size(); e++) {
            if (entryVectors[e] == null) {
                continue;
            }
            double score = cosine(group, entryVectors[e]);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best >= 0 && bestScore >= MEANING_THRESHOLD ? new FaqMatch(entries.get(best), bestScore, true) : null;
    }

    private static FaqMatch byWords(Set<String> group, List<FaqEntry> entries, List<Set<String>> entryWords) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < entries.size(); e++) {
            Set<String> words = entryWords.get(e);
            int common = 0;
            for (String w : group) {
                common += words.contains(w) ? 1 : 0;
            }
            int shorter = Math.min(group.size(), words.size());
            double score = shorter == 0 ? 0 : common / (double) shorter;
            if (common >= MIN_COMMON_WORDS && score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best >= 0 && bestScore >= WORDS_THRESHOLD ? new FaqMatch(entries.get(best), bestScore, false) : null;
    }

    /** The unit mean of the vectors from {@code from}, null when none of them was read. */
    private static float[] mean(float[][] vectors, int from, int count) {
        float[] sum = null;
        for (int i = from; i < from + count; i++) {
            if (vectors[i] == null) {
                continue;
            }
            if (sum == null) {
                sum = new float[vectors[i].length];
            }
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors[i][d];
            }
        }
        if (sum == null) {
            return null;
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= (float) norm;
        }
        return sum;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** Lower case, accents dropped, function words left out, a plural or -ing/-ed ending cut. */
    static Set<String> contentWords(String question) {
        String s = Normalizer.normalize(question.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        Set<String> words = new HashSet<>();
        for (String w : NOT_LETTERS.split(s)) {
            if (w.length() < 2 || FUNCTION_WORDS.contains(w)) {
                continue;
            }
            words.add(stem(w));
        }
        return words;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
