package org.civicthemes.cluster;

import java.util.List;
import java.util.stream.IntStream;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;

/**
 * Finds themes in prepared documents: TF-IDF, optional latent semantic analysis, spherical k-means (k given or
 * chosen at the knee of the fit curve), Unclear documents, class-based TF-IDF labels. Same corpus, options and seed
 * give an equal {@link ThemeSet}. Thread-safe: it holds only its options.
 */
public final class ThemeEngine {

    private final ThemeOptions options;

    public ThemeEngine(ThemeOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    public ThemeOptions options() {
        return options;
    }

    /** Vectorizes the corpus and groups all of its documents. */
    public ThemeSet findThemes(Corpus corpus, ProgressListener progress, CancellationToken cancel) {
        TermSpace space = vectorize(corpus, progress, cancel);
        return findThemes(space, IntStream.range(0, space.documentCount()).toArray(), progress, cancel);
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
        if (!space.settings().equals(vectorSettings())) {
            throw new IllegalArgumentException("The term space was made with " + space.settings()
                    + "; vectorize again for " + vectorSettings());
        }
        Selection selection = Selection.of(space, documents);
        Rows vectors = reduction().reduce(selection.vectors(), options.seed(), progress, cancel);
        KChoice choice = chooseK(vectors, progress, cancel);
        Partition partition = kMeans().fit(vectors, choice.k(), options.seed(), progress, cancel);
        int[] groups = UnclearDocuments.mark(partition, options.unclearThreshold());
        List<ClassTfIdfLabeller.Description> descriptions = new ClassTfIdfLabeller(options.topTerms())
                .describe(selection.vectors(), groups, partition.k(), space);
        return ThemeSetAssembler.assemble(space, selection, partition, groups, descriptions, choice.scores(), options);
    }

    private TermSpace.VectorSettings vectorSettings() {
        return new TermSpace.VectorSettings(options.minDf(), options.maxDfShare(), options.sublinearTf());
    }

    private DimensionReduction reduction() {
        return options.lsaDimensions() > 0 ? new LatentSemanticAnalysis(options.lsaDimensions()) : DimensionReduction.NONE;
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
