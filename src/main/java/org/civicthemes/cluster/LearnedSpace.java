package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookText;
import org.civicthemes.progress.CancellationToken;

/**
 * What one run of the theme engine learned, kept so the analyst's themes (after renames, merges, deletions, moves)
 * can become a codebook: the vocabulary with its idf, the LSA projection, and each grouped document's vectors (words,
 * and words beside meaning for the documents whose meaning was read), from which any grouping's centres follow.
 * Immutable; it holds the run's vectors, so keep it only while a codebook may be saved.
 */
public final class LearnedSpace {

    private final TermSpace space;
    private final int[] grouped;
    private final Rows words;
    private final double[] components;
    private final int dimensions;
    private final int[] meaningRows;
    private final float[][] meaningVectors;
    private final double wordWeight;
    private final double threshold;

    LearnedSpace(TermSpace space, int[] grouped, Rows words, double[] components, int dimensions, int[] meaningRows,
                 float[][] meaningVectors, double wordWeight, double threshold) {
        this.space = space;
        this.grouped = grouped.clone();
        this.words = words;
        this.components = components;
        this.dimensions = dimensions;
        this.meaningRows = meaningRows;
        this.meaningVectors = meaningVectors;
        this.wordWeight = wordWeight;
        this.threshold = threshold;
    }

    /** Whether the documents' meaning shaped the themes (some documents were read by the sentence model). */
    public boolean hasMeaning() {
        return meaningRows != null && meaningRows.length > 0;
    }

    /**
     * The space a codebook places new requests in.
     *
     * @param text         how the run's texts became terms
     * @param meaningModel the id of the sentence model that read the meaning; ignored without meaning
     */
    public CodebookSpace toCodebookSpace(CodebookText text, String meaningModel) {
        Vocabulary vocabulary = space.vocabulary();
        int m = vocabulary.size();
        List<String> terms = new ArrayList<>(m);
        List<String> labels = new ArrayList<>(m);
        double[] idf = new double[m];
        for (int t = 0; t < m; t++) {
            terms.add(vocabulary.term(t));
            labels.add(space.display(t));
            idf[t] = TfIdfWeighting.idf(vocabulary.documentFrequency(t), vocabulary.documentCount());
        }
        float[] projection = new float[components.length];
        for (int i = 0; i < projection.length; i++) {
            projection[i] = (float) components[i];
        }
        int meaningDimensions = hasMeaning() ? meaningVectors[0].length : 0;
        return new CodebookSpace(terms, labels, idf, space.settings().sublinearTf(), dimensions, projection,
                hasMeaning() ? meaningModel : "", meaningDimensions, wordWeight, threshold, text);
    }

    /**
     * Centres of groups of the run's documents.
     *
     * @param centres      per group, the unit centre of its members' vectors in the space they are compared in
     *                     (words beside meaning when the run read meaning, else words), null for a group without a
     *                     member with terms; a group none of whose members was read by meaning gets its words centre
     *                     with zeros for the meaning
     * @param wordsCentres per group, the unit centre of its members' words alone, null likewise
     */
    public record Centres(List<float[]> centres, List<float[]> wordsCentres) {
    }

    /**
     * The centre of each group: the normalised mean of its members' vectors (so a merged theme's centre is the mean
     * over all of its requests, and a deleted theme has no members).
     *
     * @param groupOfDocument the group of every corpus document of the run, below 0 for none
     * @param groups          the number of groups
     */
    public Centres centres(int[] groupOfDocument, int groups, CancellationToken cancel) {
        return centresOf(words, grouped, dimensions, meaningRows, meaningVectors, wordWeight, groupOfDocument, groups,
                cancel);
    }

    /**
     * The centre of each group of documents, given their words (one row per document of {@code grouped}) and the
     * meaning of some of them ({@code meaningRows}: rows of {@code words}, null without meaning): the rule
     * {@link #centres} follows, shared with the centres of the requests a codebook placed ({@link CodebookCentres}).
     */
    static Centres centresOf(Rows words, int[] grouped, int dimensions, int[] meaningRows, float[][] meaningVectors,
                             double wordWeight, int[] groupOfDocument, int groups, CancellationToken cancel) {
        int[] labels = new int[grouped.length];
        for (int i = 0; i < grouped.length; i++) {
            labels[i] = groupOfDocument[grouped[i]];
        }
        List<float[]> wordsCentres = unit(words.groupSums(labels, groups, cancel), groups, dimensions);
        if (meaningRows == null || meaningRows.length == 0) {
            return new Centres(wordsCentres, wordsCentres);
        }
        DenseRows joined = MeaningJoin.join(words.select(meaningRows), meaningVectors, wordWeight, cancel);
        int[] joinedLabels = new int[meaningRows.length];
        for (int i = 0; i < meaningRows.length; i++) {
            joinedLabels[i] = labels[meaningRows[i]];
        }
        int d = joined.dimensions();
        List<float[]> centres = unit(joined.groupSums(joinedLabels, groups, cancel), groups, d);
        for (int g = 0; g < groups; g++) {
            if (centres.get(g) == null && wordsCentres.get(g) != null) {
                centres.set(g, java.util.Arrays.copyOf(wordsCentres.get(g), d));
            }
        }
        return new Centres(centres, wordsCentres);
    }

    /** Each group's sum scaled to unit length, as floats; null for a zero sum. */
    private static List<float[]> unit(double[] sums, int groups, int d) {
        List<float[]> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += sums[g * d + j] * sums[g * d + j];
            }
            if (norm == 0) {
                out.add(null);
                continue;
            }
            double scale = 1 / Math.sqrt(norm);
            float[] centre = new float[d];
            for (int j = 0; j < d; j++) {
                centre[j] = (float) (sums[g * d + j] * scale);
            }
            out.add(centre);
        }
        return out;
    }
}
