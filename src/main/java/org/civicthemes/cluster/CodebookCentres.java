package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.progress.CancellationToken;

/**
 * Centres, in a codebook's space, of groups of documents that codebook placed: each document turned into a vector
 * exactly as {@link CodebookPlacer} compares it (the codebook's vocabulary, idf and projection; with meaning, its
 * words beside its sentence vector), and each group's centre the normalised mean of its members' vectors, as
 * {@link LearnedSpace#centres} makes them. This is how a grown codebook gets the centre of a proposed theme the
 * analyst accepted, or of a theme other requests were merged into.
 */
public final class CodebookCentres {

    private CodebookCentres() {
    }

    /**
     * @param documents       the term keys of each document, prepared with the codebook's text options
     * @param meanings        each document's unit sentence vector or null (not read); null when none was read
     * @param groupOfDocument per document, its group (below 0: none)
     * @param groups          the number of groups
     * @return per group, its centres (null for a group none of whose members has a known term); with a codebook
     *         made with meaning, a centre none of whose members was read has zeros for the meaning
     */
    public static LearnedSpace.Centres of(Codebook codebook, List<List<String>> documents, float[][] meanings,
                                          int[] groupOfDocument, int groups, CancellationToken cancel) {
        CodebookSpace space = codebook.space();
        Map<String, Integer> termIds = new HashMap<>(space.terms().size() * 2);
        for (int t = 0; t < space.terms().size(); t++) {
            termIds.put(space.terms().get(t), t);
        }
        double[] idf = space.idf();
        float[] p = space.projection();
        double[] projection = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            projection[i] = p[i];
        }
        TfIdfWeighting weighting = new TfIdfWeighting(space.sublinearTf());
        SparseRows tfidf = TfIdfVectorizer.vectorize(documents, idf.length, t -> termIds.getOrDefault(t, -1),
                (term, count) -> weighting.tf(count) * idf[term], cancel);
        ProjectedRows words = ProjectedRows.of(tfidf, projection, space.dimensions(), cancel);
        int n = documents.size();
        int[] all = IntStream.range(0, n).toArray();
        int[] meaningRows = null;
        float[][] meaningVectors = null;
        if (space.hasMeaning() && meanings != null) {
            meaningRows = IntStream.range(0, n).filter(i -> meanings[i] != null && !words.isZero(i)).toArray();
            meaningVectors = IntStream.of(meaningRows).mapToObj(i -> meanings[i]).toArray(float[][]::new);
        }
        LearnedSpace.Centres centres = LearnedSpace.centresOf(words, all, space.dimensions(), meaningRows,
                meaningVectors, space.wordWeight(), groupOfDocument, groups, cancel);
        List<float[]> padded = new ArrayList<>(groups);
        for (float[] centre : centres.centres()) {
            padded.add(centre == null || centre.length == space.centreDimensions() ? centre
                    : java.util.Arrays.copyOf(centre, space.centreDimensions()));
        }
        return new LearnedSpace.Centres(padded, centres.wordsCentres());
    }
}
