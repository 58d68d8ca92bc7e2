package org.civicthemes.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;

/**
 * Strings in, terms out. {@link #prepare(List, ProgressListener, CancellationToken)} runs the two passes over
 * a corpus; {@link #prepare(String, Vocabulary)} prepares one more text against a vocabulary already built.
 * Same texts and options give the same result, whatever the number of threads.
 */
public final class TextPipeline {

    static final String STEP_ANALYSE = "Preparing texts";
    static final String STEP_PHRASES = "Joining phrases";
    private static final int CHECK_EVERY = 4096;

    private final TextOptions options;
    private final Redactor redactor;

    public TextPipeline(TextOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.redactor = Redactor.of(options.redaction());
    }

    public TextOptions options() {
        return options;
    }

    /**
     * Prepares every text of a corpus: redaction, boilerplate, normalization, tokens, language, stopwords
     * and stems (pass 1, in parallel), then phrases and the vocabulary (pass 2).
     *
     * @throws CancelledException when {@code cancel} is cancelled; checked every few thousand texts
     */
    public PreparedCorpus prepare(List<String> texts, ProgressListener progress, CancellationToken cancel) {
        TermDictionary dictionary = new TermDictionary();
        FirstPass first = analyseAll(texts, dictionary, progress, cancel);
        TermDictionary.Snapshot words = dictionary.snapshot();
        long[] stemCounts = stemCounts(first.tokenCounts(), words);
        Set<Long> phrases = PhraseFinder.find(stemCounts, first.bigrams(), first.totalTokens(), options.phrases());
        return joinPhrases(first, words, phrases, progress, cancel);
    }

    /** Prepares one text against a corpus vocabulary: the same steps, the vocabulary's phrases. */
    public PreparedText prepare(String text, Vocabulary vocabulary) {
        TermDictionary dictionary = new TermDictionary();
        DocumentAnalyzer.Analysis analysis = new DocumentAnalyzer(options, redactor, dictionary).analyze(text);
        return againstVocabulary(analysis, dictionary.snapshot(), vocabulary);
    }

    /**
     * Prepares many texts, each exactly as {@link #prepare(String, Vocabulary)} would (a text's terms never depend on
     * the others), with one analyser per slice of texts instead of one per text: some fifteen times faster.
     */
    public List<PreparedText> prepareEach(List<String> texts, Vocabulary vocabulary, CancellationToken cancel) {
        int n = texts.size();
        PreparedText[] out = new PreparedText[n];
        int slice = sliceOf(n);
        int slices = (n + slice - 1) / slice;
        java.util.stream.IntStream.range(0, slices).parallel().forEach(s -> {
            cancel.throwIfCancelled();
            int from = s * slice;
            int to = Math.min(n, from + slice);
            TermDictionary dictionary = new TermDictionary();
            DocumentAnalyzer analyzer = new DocumentAnalyzer(options, redactor, dictionary);
            DocumentAnalyzer.Analysis[] analyses = new DocumentAnalyzer.Analysis[to - from];
            for (int i = from; i < to; i++) {
                if ((i - from) % SLICE == 0) {
                    cancel.throwIfCancelled();
                }
                String text = texts.get(i);
                analyses[i - from] = analyzer.analyze(text == null ? "" : text);
            }
            TermDictionary.Snapshot words = dictionary.snapshot();
            for (int i = from; i < to; i++) {
                out[i] = againstVocabulary(analyses[i - from], words, vocabulary);
            }
        });
        return List.of(out);
    }

    /** Fewest texts prepared by one analyser in {@link #prepareEach}; cancelling is checked this often. */
    private static final int SLICE = 1024;

    /**
     * Texts per analyser in {@link #prepareEach}: four slices per core, so that each analyser's cache of words
     * (stems, stopwords) serves many texts; at least {@link #SLICE}.
     */
    private int sliceOf(int texts) {
        int workers = Math.max(1, Math.min(options.threads(), Runtime.getRuntime().availableProcessors()));
        return Math.max(SLICE, (texts + 4 * workers - 1) / (4 * workers));
    }

    /** The term keys of an analysed text, joining the vocabulary's phrases. */
    private PreparedText againstVocabulary(DocumentAnalyzer.Analysis analysis, TermDictionary.Snapshot words,
                                           Vocabulary vocabulary) {
        int[] tokens = analysis.tokens();
        List<String> keys = new ArrayList<>(tokens.length + 2);
        for (int i = 0; i < tokens.length; i++) {
            String stem = words.stems()[words.tokenStems()[tokens[i] & DocumentAnalyzer.TOKEN_MASK]];
            boolean joins = options.phrases().enabled() && i + 1 < tokens.length && (tokens[i + 1] & DocumentAnalyzer.ADJACENT) != 0;
            String phrase = joins ? stem + "_" + words.stems()[words.tokenStems()[tokens[i + 1] & DocumentAnalyzer.TOKEN_MASK]] : null;
            if (phrase != null && vocabulary.isPhrase(phrase)) {
                if (options.phrases().mode() == PhraseMode.REPLACE) {
                    keys.add(phrase);
                    i++;
                    continue;
                }
                keys.add(stem);
                keys.add(words.stems()[words.tokenStems()[tokens[i + 1] & DocumentAnalyzer.TOKEN_MASK]]);
                keys.add(phrase);
                i++;
                continue;
            }
            keys.add(stem);
        }
        return new PreparedText(analysis.displayText(), analysis.language(), keys, analysis.redactions());
    }

    private record FirstPass(DocumentAnalyzer.Analysis[] documents, int[] tokenCounts, LongIntCounter bigrams, long totalTokens) {
    }

    /** Pass 1: contiguous slices of the corpus, one worker each; counts are merged after all have finished. */
    private FirstPass analyseAll(List<String> texts, TermDictionary dictionary, ProgressListener progress, CancellationToken cancel) {
        int n = texts.size();
        DocumentAnalyzer.Analysis[] documents = new DocumentAnalyzer.Analysis[n];
        int threads = Math.max(1, Math.min(options.threads(), (n + CHECK_EVERY - 1) / CHECK_EVERY));
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        List<DocumentAnalyzer> workers = new ArrayList<>();
        progress.update(STEP_ANALYSE, 0, n);
        if (threads == 1) {
            workers.add(analyseSlice(texts, 0, n, documents, dictionary, done, failed, progress, cancel));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "civicthemes-text");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<DocumentAnalyzer>> futures = new ArrayList<>();
                for (int s = 0; s < threads; s++) {
                    int from = (int) ((long) n * s / threads);
                    int to = (int) ((long) n * (s + 1) / threads);
                    futures.add(pool.submit(() -> analyseSlice(texts, from, to, documents, dictionary, done, failed, progress, cancel)));
                }
                for (Future<DocumentAnalyzer> future : futures) {
                    workers.add(await(future, failed));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        int[] tokenCounts = new int[dictionary.tokenCount()];
        LongIntCounter bigrams = new LongIntCounter();
        long total = 0;
        for (DocumentAnalyzer worker : workers) {
            int[] counts = worker.tokenCounts();
            for (int i = 0; i < Math.min(counts.length, tokenCounts.length); i++) {
                tokenCounts[i] += counts[i];
            }
            bigrams.addAll(worker.bigrams());
            total += worker.totalTokens();
        }
        return new FirstPass(documents, tokenCounts, bigrams, total);
    }

    private DocumentAnalyzer analyseSlice(List<String> texts, int from, int to, DocumentAnalyzer.Analysis[] out,
                                          TermDictionary dictionary, AtomicLong done, AtomicBoolean failed,
                                          ProgressListener progress, CancellationToken cancel) {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(options, redactor, dictionary);
        for (int i = from; i < to; i++) {
            if ((i - from) % CHECK_EVERY == CHECK_EVERY - 1) {
                if (failed.get()) {
                    throw new CancelledException();
                }
                cancel.throwIfCancelled();
                progress.update(STEP_ANALYSE, done.addAndGet(CHECK_EVERY), texts.size());
            }
            String text = texts.get(i);
            out[i] = analyzer.analyze(text == null ? "" : text);
        }
        cancel.throwIfCancelled();
        return analyzer;
    }

    private static DocumentAnalyzer await(Future<DocumentAnalyzer> future, AtomicBoolean failed) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            failed.set(true);
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long[] stemCounts(int[] tokenCounts, TermDictionary.Snapshot words) {
        long[] stemCounts = new long[words.stems().length];
        for (int t = 0; t < tokenCounts.length; t++) {
            stemCounts[words.tokenStems()[t]] += tokenCounts[t];
        }
        return stemCounts;
    }

    /** Pass 2: phrase keys into the documents, then the vocabulary with counts and surface forms. */
    private PreparedCorpus joinPhrases(FirstPass first, TermDictionary.Snapshot words, Set<Long> phrases,
                                       ProgressListener progress, CancellationToken cancel) {
        String[] stems = words.stems();
        int[] tokenStems = words.tokenStems();
        // term ids: stems first, then phrases
        Map<Long, Integer> phraseIds = new HashMap<>();
        List<String> keys = new ArrayList<>(Arrays.asList(stems));
        phrases.stream().sorted().forEach(pair -> {
            phraseIds.put(pair, keys.size());
            keys.add(stems[LongIntCounter.first(pair)] + "_" + stems[LongIntCounter.second(pair)]);
        });
        long[] counts = new long[keys.size()];
        int[] documentFrequency = new int[keys.size()];
        int[] lastDocument = new int[keys.size()];
        Arrays.fill(lastDocument, -1);
        LongIntCounter surfacePairs = new LongIntCounter();
        boolean replace = options.phrases().mode() == PhraseMode.REPLACE;

        DocumentAnalyzer.Analysis[] documents = first.documents();
        List<PreparedText> prepared = new ArrayList<>(documents.length);
        RedactionCounts redactions = RedactionCounts.NONE;
        Map<Language, Integer> languages = new EnumMap<>(Language.class);
        String[] buffer = new String[16];
        for (int d = 0; d < documents.length; d++) {
            if (d % CHECK_EVERY == CHECK_EVERY - 1) {
                cancel.throwIfCancelled();
                progress.update(STEP_PHRASES, d + 1, documents.length);
            }
            DocumentAnalyzer.Analysis doc = documents[d];
            documents[d] = null; // let pass-1 results go as pass-2 results arrive
            int[] tokens = doc.tokens();
            if (buffer.length < tokens.length * 2) {
                buffer = new String[tokens.length * 2];
            }
            int n = 0;
            for (int i = 0; i < tokens.length; i++) {
                int token = tokens[i] & DocumentAnalyzer.TOKEN_MASK;
                int stem = tokenStems[token];
                Integer phrase = null;
                int nextToken = -1;
                if (!phraseIds.isEmpty() && i + 1 < tokens.length && (tokens[i + 1] & DocumentAnalyzer.ADJACENT) != 0) {
                    nextToken = tokens[i + 1] & DocumentAnalyzer.TOKEN_MASK;
                    phrase = phraseIds.get(LongIntCounter.pair(stem, tokenStems[nextToken]));
                }
                if (phrase == null) {
                    buffer[n++] = count(stem, d, keys, counts, documentFrequency, lastDocument);
                    continue;
                }
                surfacePairs.add(LongIntCounter.pair(token, nextToken), 1);
                if (!replace) {
                    buffer[n++] = count(stem, d, keys, counts, documentFrequency, lastDocument);
                    buffer[n++] = count(tokenStems[nextToken], d, keys, counts, documentFrequency, lastDocument);
                }
                buffer[n++] = count(phrase, d, keys, counts, documentFrequency, lastDocument);
                i++;
            }
            prepared.add(new PreparedText(doc.displayText(), doc.language(), List.of(Arrays.copyOf(buffer, n)), doc.redactions()));
            redactions = redactions.plus(doc.redactions());
            languages.merge(doc.language(), 1, Integer::sum);
        }
        progress.update(STEP_PHRASES, documents.length, documents.length);
        Vocabulary vocabulary = vocabulary(keys, stems.length, counts, documentFrequency,
                stemLabels(first.tokenCounts(), words), phraseLabels(surfacePairs, words, phraseIds));
        return new PreparedCorpus(prepared, vocabulary, redactions, languages);
    }

    private static String count(int termId, int document, List<String> keys, long[] counts, int[] documentFrequency, int[] lastDocument) {
        counts[termId]++;
        if (lastDocument[termId] != document) {
            lastDocument[termId] = document;
            documentFrequency[termId]++;
        }
        return keys.get(termId);
    }

    /** For each stem id, its most frequent surface form; ties go to the alphabetically first. */
    private static String[] stemLabels(int[] tokenCounts, TermDictionary.Snapshot words) {
        // the same surface may have been seen in several language groups: merge adds those up
        Map<String, Long>[] perStem = newMaps(words.stems().length);
        for (int t = 0; t < tokenCounts.length; t++) {
            perStem[words.tokenStems()[t]].merge(words.surfaces()[t], (long) tokenCounts[t], Long::sum);
        }
        String[] labels = new String[words.stems().length];
        for (int s = 0; s < labels.length; s++) {
            labels[s] = best(perStem[s], words.stems()[s]);
        }
        return labels;
    }

    /** For each phrase id, its most frequent pair of surface forms, joined by a space. */
    private static Map<Integer, String> phraseLabels(LongIntCounter surfacePairs, TermDictionary.Snapshot words, Map<Long, Integer> phraseIds) {
        Map<Integer, Map<String, Long>> perPhrase = new HashMap<>();
        surfacePairs.forEachKey(pair -> {
            int a = LongIntCounter.first(pair);
            int b = LongIntCounter.second(pair);
            Integer phrase = phraseIds.get(LongIntCounter.pair(words.tokenStems()[a], words.tokenStems()[b]));
            perPhrase.computeIfAbsent(phrase, k -> new HashMap<>())
                    .merge(words.surfaces()[a] + " " + words.surfaces()[b], (long) surfacePairs.get(pair), Long::sum);
        });
        Map<Integer, String> labels = new HashMap<>();
        perPhrase.forEach((phrase, forms) -> labels.put(phrase, best(forms, null)));
        return labels;
    }

    private static String best(Map<String, Long> forms, String fallback) {
        String best = fallback;
        long bestCount = -1;
        for (Map.Entry<String, Long> e : forms.entrySet()) {
            long c = e.getValue();
            if (c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long>[] newMaps(int n) {
        Map<String, Long>[] maps = new Map[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new HashMap<>(4);
        }
        return maps;
    }

    private static Vocabulary vocabulary(List<String> keys, int stemCount, long[] counts, int[] documentFrequency,
                                         String[] stemLabels, Map<Integer, String> phraseLabels) {
        Map<String, Vocabulary.Term> terms = new HashMap<>();
        for (int id = 0; id < keys.size(); id++) {
            if (counts[id] == 0) {
                continue;
            }
            boolean phrase = id >= stemCount;
            String label = phrase ? phraseLabels.getOrDefault(id, keys.get(id).replace('_', ' ')) : stemLabels[id];
            Vocabulary.Term term = new Vocabulary.Term(keys.get(id), label, phrase, counts[id], documentFrequency[id]);
            Vocabulary.Term clash = terms.put(term.key(), term);
            if (clash != null) {
                throw new IllegalStateException("two terms with key " + term.key());
            }
        }
        return new Vocabulary(terms);
    }
}
