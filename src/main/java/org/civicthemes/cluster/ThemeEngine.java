package org.civicthemes.cluster;

import java.util.List;
import java.util.stream.IntStream;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Finds themes in prepared documents: TF-IDF, optional latent semantic analysis, the meaning of each document beside
 * its words (when the options ask for it), spherical k-means (k given or chosen at the knee of the fit curve),
 * Unclear documents, class-based TF-IDF labels. Same corpus, options and seed give an equal {@link ThemeSet}.
 * Thread-safe: it holds only its options.
 */
public final class ThemeEngine {

    /**
     * Meaning is read for at most this many documents, a fixed-seed sample, on which the themes are found; the
     * other documents join the theme nearest to their words (docs/decisions/0012).
     */
    public static final int MEANING_SAMPLE = 20_000;
    /** Mixed into the seed for the meaning sample, so it is not the same draw as the other samples of a run. */
    private static final long MEANING_SEED = 0x6d65616e696e67L;

    private final ThemeOptions options;
    private final double wordWeight;
    private final int meaningSample;

    public ThemeEngine(ThemeOptions options) {
        this(options, MeaningJoin.WORD_WEIGHT, MEANING_SAMPLE);
    }

    /** With another weight of the words beside the meaning, and another size of the meaning sample (for measuring). */
    ThemeEngine(ThemeOptions options, double wordWeight, int meaningSample) {
        this.options = java.util.Objects.requireNonNull(options, "options");
        if (!(wordWeight >= 0)) {
            throw new IllegalArgumentException("The weight of the words must be 0 or more: " + wordWeight);
        }
        if (meaningSample < 1) {
            throw new IllegalArgumentException("The meaning sample must hold a document at least: " + meaningSample);
        }
        this.wordWeight = wordWeight;
        this.meaningSample = meaningSample;
    }

    public ThemeOptions options() {
        return options;
    }

    /** Vectorizes the corpus and groups all of its documents by their words. */
    public ThemeSet findThemes(Corpus corpus, ProgressListener progress, CancellationToken cancel) {
        return findThemes(corpus, MeaningSource.NONE, progress, cancel);
    }

    /** Vectorizes the corpus and groups all of its documents, by their meaning too when the options ask for it. */
    public ThemeSet findThemes(Corpus corpus, MeaningSource meaning, ProgressListener progress,
                               CancellationToken cancel) {
        TermSpace space = vectorize(corpus, progress, cancel);
        return findThemes(space, IntStream.range(0, space.documentCount()).toArray(), meaning, progress, cancel);
    }

    /** Counts and weighs the terms once; the result can be grouped many times, whole or in part. */
    public TermSpace vectorize(Corpus corpus, ProgressListener progress, CancellationToken cancel) {
        List<List<String>> documents = corpus.documents();
        progress.update("Counting terms", 0, 2);
        Vocabulary vocabulary = Vocabulary.count(documents, options.minDf(), options.maxDfShare(), cancel);
        progress.update("Weighting terms", 1, 2);
        SparseRows tfidf = new TfIdfVectorizer(new TfIdfWeighting(options.sublinearTf()))
                .vectorize(documents, vocabulary, cancel);
        boolean[] hasTerms = new boolean[documents.size()];
        for (int d = 0; d < hasTerms.length; d++) {
            hasTerms[d] = !documents.get(d).isEmpty();
        }
        String[] display = IntStream.range(0, vocabulary.size())
                .mapToObj(t -> corpus.display(vocabulary.term(t))).toArray(String[]::new);
        progress.update("Weighting terms", 2, 2);
        return new TermSpace(vocabulary, tfidf, hasTerms, display, vectorSettings());
    }

    /**
     * Groups the given documents of a vectorized corpus (all of them, or a subset to look into one theme);
     * the vectors are reused, everything after them is computed for these documents only.
     */
    public ThemeSet findThemes(TermSpace space, int[] documents, ProgressListener progress, CancellationToken cancel) {
        return findThemes(space, documents, MeaningSource.NONE, progress, cancel);
    }

    /**
     * Groups the given documents of a vectorized corpus, reading their meaning from {@code meaning} when the options
     * ask for it (when it cannot be read, the documents are grouped by their words and the result says why).
     */
    public ThemeSet findThemes(TermSpace space, int[] documents, MeaningSource meaning, ProgressListener progress,
                               CancellationToken cancel) {
        return run(space, documents, meaning, false, progress, cancel).themes();
    }

    /**
     * Themes, with what was learned to place new documents among them.
     *
     * @param themes  the themes, equal to those {@link #findThemes} gives
     * @param learned the vocabulary, idf, projection and each document's vectors
     */
    public record Fit(ThemeSet themes, LearnedSpace learned) {
    }

    /**
     * Groups the documents as {@link #findThemes(TermSpace, int[], MeaningSource, ProgressListener, CancellationToken)}
     * does (the same themes), and keeps what a codebook needs: vocabulary, idf, projection, the documents' vectors.
     *
     * @throws IllegalArgumentException when the options switch latent semantic analysis off: a codebook projects
     */
    public Fit fit(TermSpace space, int[] documents, MeaningSource meaning, ProgressListener progress,
                   CancellationToken cancel) {
        if (options.lsaDimensions() == 0) {
            throw new IllegalArgumentException("A codebook needs latent semantic analysis (LSA dimensions above 0)");
        }
        return run(space, documents, meaning, true, progress, cancel);
    }

    private Fit run(TermSpace space, int[] documents, MeaningSource meaning, boolean learn, ProgressListener progress,
                    CancellationToken cancel) {
        if (!space.settings().equals(vectorSettings())) {
            throw new IllegalArgumentException("The term space was made with " + space.settings()
                    + "; vectorize again for " + vectorSettings());
        }
        Selection selection = Selection.of(space, documents);
        LatentSemanticAnalysis.Fitted reduced = options.lsaDimensions() > 0
                ? new LatentSemanticAnalysis(options.lsaDimensions()).fit(selection.vectors(), options.seed(), progress,
                        cancel)
                : new LatentSemanticAnalysis.Fitted(DimensionReduction.NONE.reduce(selection.vectors(), options.seed(),
                        progress, cancel), null, 0);
        Rows words = reduced.rows();
        Grouping grouping = options.meaning()
                ? groupByMeaningAndWords(words, selection, meaning, progress, cancel)
                : groupByWords(words, progress, cancel);
        Partition partition = grouping.partition();
        int[] groups = UnclearDocuments.mark(partition, options.unclearThreshold());
        List<ClassTfIdfLabeller.Description> descriptions = new ClassTfIdfLabeller(options.topTerms())
                .describe(selection.vectors(), groups, partition.k(), space);
        ThemeSet themes = ThemeSetAssembler.assemble(space, selection, partition, groups, descriptions,
                grouping.choice().scores(), options, grouping.meaning(), grouping.readByMeaning());
        LearnedSpace learned = learn ? new LearnedSpace(space, selection.grouped(), words, reduced.components(),
                reduced.dimensions(), grouping.meaningRows(), grouping.meaningVectors(), wordWeight,
                options.unclearThreshold()) : null;
        return new Fit(themes, learned);
    }

    /**
     * Groups of the selected documents, with how k was chosen, how meaning was used, and which documents were grouped
     * by meaning (null: all were grouped alike), and those rows with their meaning vectors (null: none).
     */
    private record Grouping(Partition partition, KChoice choice, MeaningUse meaning, boolean[] readByMeaning,
                            int[] meaningRows, float[][] meaningVectors) {
    }

    private Grouping groupByWords(Rows words, ProgressListener progress, CancellationToken cancel) {
        KChoice choice = chooseK(words, progress, cancel);
        return new Grouping(kMeans().fit(words, choice.k(), options.seed(), progress, cancel), choice, MeaningUse.OFF,
                null, null, null);
    }

    /**
     * Themes found by meaning and words on the documents whose meaning was read, in a fixed-seed sample of at most
     * {@link #MEANING_SAMPLE}; every other document (another language, or outside the sample) is put in the theme
     * whose words are nearest to its own, so no group forms around a language.
     */
    private Grouping groupByMeaningAndWords(Rows words, Selection selection, MeaningSource source,
                                            ProgressListener progress, CancellationToken cancel) {
        int n = words.size();
        if (n == 0) {
            return groupByWords(words, progress, cancel);
        }
        int[] sample = Samples.sorted(n, meaningSample, options.seed() ^ MEANING_SEED);
        int[] sampleDocuments = IntStream.of(sample).map(i -> selection.grouped()[i]).toArray();
        MeaningSource.Meanings meanings = source.read(sampleDocuments, progress, cancel);
        int[] read = meanings.isAvailable()
                ? IntStream.range(0, sample.length).filter(s -> meanings.vectors()[s] != null).toArray() : new int[0];
        if (read.length == 0) {
            Grouping byWords = groupByWords(words, progress, cancel);
            MeaningUse use = meanings.isAvailable()
                    ? new MeaningUse(MeaningUse.Status.ON, meanings.model(), n, 0, n, "")
                    : MeaningUse.unavailable(meanings.unavailable());
            return new Grouping(byWords.partition(), byWords.choice(), use, null, null, null);
        }
        int[] rows = IntStream.of(read).map(s -> sample[s]).toArray();
        float[][] vectors = IntStream.of(read).mapToObj(s -> meanings.vectors()[s]).toArray(float[][]::new);
        Rows joined = MeaningJoin.join(rows.length == n ? words : words.select(rows), vectors, wordWeight, cancel);
        KChoice choice = chooseK(joined, progress, cancel);
        Partition found = kMeans().fit(joined, choice.k(), options.seed(), progress, cancel);
        Partition partition = rows.length == n ? found : WordAssignment.extend(found, rows, words, cancel);
        MeaningUse use = new MeaningUse(MeaningUse.Status.ON, meanings.model(), n, rows.length, n - rows.length, "");
        boolean[] readByMeaning = new boolean[n];
        for (int r : rows) {
            readByMeaning[r] = true;
        }
        return new Grouping(partition, choice, use, readByMeaning, rows, vectors);
    }

    private TermSpace.VectorSettings vectorSettings() {
        return new TermSpace.VectorSettings(options.minDf(), options.maxDfShare(), options.sublinearTf());
    }

    private SphericalKMeans kMeans() {
        return new SphericalKMeans(options.restarts(), options.maxIterations());
    }

    private KChoice chooseK(Rows vectors, ProgressListener progress, CancellationToken cancel) {
        if (vectors.size() == 0) {
            return new KChoice(0, List.of());
        }
        if (!options.themes().isAuto()) {
            return new KChoice(Math.min(options.themes().fixed(), vectors.size()), List.of());
        }
        // two restarts per k: the knee reads the shape of the curve, not one k's best partition (half the time of four)
        SphericalKMeans trial = new SphericalKMeans(Math.min(KneeKSelection.RESTARTS, options.restarts()), options.maxIterations());
        return new KneeKSelection(trial, options.autoMinK(), options.autoMaxK(), options.autoSample())
                .choose(vectors, options.seed(), progress, cancel);
    }
}
