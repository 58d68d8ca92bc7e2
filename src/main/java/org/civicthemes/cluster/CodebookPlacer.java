package org.civicthemes.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;

/**
 * Places prepared documents among a codebook's themes. A document's terms are looked up in the codebook's vocabulary
 * and weighed with its idf, the row is scaled to unit length and projected with the codebook's projection; with
 * meaning, the projected row (times the codebook's word weight) is put beside the document's sentence vector and
 * compared with the themes' centres, without it (another language) with the themes' words centres. The nearest theme
 * wins (ties: the earlier) when the similarity reaches the codebook's threshold. Nothing depends on the other
 * documents: a document's place is a function of its terms, its meaning and the codebook. Immutable.
 */
public final class CodebookPlacer {

    /** A document with terms that fits no theme: below the threshold, or none of its terms is in the vocabulary. */
    public static final int FITS_NONE = -1;
    /** A document without terms (no description). */
    public static final int NO_TERMS = -2;

    private final Codebook codebook;
    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final double[] projection;
    private final double[] centres;
    private final double[] wordsCentres;
    private final TfIdfWeighting weighting;

    public CodebookPlacer(Codebook codebook) {
        this.codebook = codebook;
        CodebookSpace space = codebook.space();
        termIds = new HashMap<>(space.terms().size() * 2);
        for (int t = 0; t < space.terms().size(); t++) {
            termIds.put(space.terms().get(t), t);
        }
        idf = space.idf();
        float[] p = space.projection();
        projection = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            projection[i] = p[i];
        }
        centres = byCentre(codebook.themes(), space.centreDimensions(), false);
        wordsCentres = byCentre(codebook.themes(), space.dimensions(), true);
        weighting = new TfIdfWeighting(space.sublinearTf());
    }

    /**
     * Where each document goes.
     *
     * @param theme      per document, the position of its theme in the codebook's themes, {@link #FITS_NONE} or
     *                   {@link #NO_TERMS}
     * @param similarity per document, its similarity to its nearest theme (0 for a document without known terms)
     */
    public record Placement(int[] theme, double[] similarity) {
    }

    /**
     * @param documents the term keys of each document, prepared with the codebook's text options
     * @param meanings  each document's unit sentence vector, or null (its meaning not read); ignored when the
     *                  codebook has no meaning, and null entries throughout when it could not be read here
     */
    public Placement place(List<List<String>> documents, float[][] meanings, CancellationToken cancel) {
        Placement placement = place(vectorize(documents, cancel), meanings, cancel);
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).isEmpty()) {
                placement.theme()[i] = NO_TERMS;
            }
        }
        return placement;
    }

    /** The documents' TF-IDF rows over the codebook's vocabulary and their projections. */
    private record Vectors(SparseRows tfidf, ProjectedRows words) {
    }

    private Vectors vectorize(List<List<String>> documents, CancellationToken cancel) {
        SparseRows tfidf = TfIdfVectorizer.vectorize(documents, idf.length, t -> termIds.getOrDefault(t, -1),
                (term, count) -> weighting.tf(count) * idf[term], cancel);
        return new Vectors(tfidf, ProjectedRows.of(tfidf, projection, codebook.space().dimensions(), cancel));
    }

    private Placement place(Vectors vectors, float[][] meanings, CancellationToken cancel) {
        int n = vectors.words().size();
        int k = codebook.themes().size();
        int[] theme = new int[n];
        double[] similarity = new double[n];
        boolean[] byMeaning = new boolean[n];
        if (codebook.space().hasMeaning() && meanings != null) {
            for (int i = 0; i < n; i++) {
                byMeaning[i] = meanings[i] != null && !vectors.words().isZero(i);
            }
        }
        Rows.CentreBlock words = vectors.words().centres(wordsCentres, k);
        double threshold = codebook.space().threshold();
        Chunks.forEach(n, cancel, (chunk, from, to) -> {
            double[] out = new double[k];
            for (int i = from; i < to; i++) {
                if (vectors.tfidf().end(i) == vectors.tfidf().start(i) || vectors.words().isZero(i)) {
                    theme[i] = FITS_NONE;
                    continue;
                }
                if (!byMeaning[i]) {
                    words.similarities(i, out);
                    choose(out, k, threshold, i, theme, similarity);
                }
            }
        });
        int[] read = IntStream.range(0, n).filter(i -> byMeaning[i]).toArray();
        // joined rows are dense (words + meaning): made a block at a time so a million requests stay small
        for (int from = 0; from < read.length; from += BLOCK) {
            int[] rows = java.util.Arrays.copyOfRange(read, from, Math.min(read.length, from + BLOCK));
            float[][] vectorsOfRows = IntStream.of(rows).mapToObj(i -> meanings[i]).toArray(float[][]::new);
            DenseRows joined = MeaningJoin.join(vectors.words().select(rows), vectorsOfRows,
                    codebook.space().wordWeight(), cancel);
            Rows.CentreBlock block = joined.centres(centres, k);
            Chunks.forEach(rows.length, cancel, (chunk, a, b) -> {
                double[] out = new double[k];
                for (int r = a; r < b; r++) {
                    block.similarities(r, out);
                    choose(out, k, threshold, rows[r], theme, similarity);
                }
            });
        }
        return new Placement(theme, similarity);
    }

    /** Joined rows made at once. */
    static final int BLOCK = 65_536;

    private static void choose(double[] out, int k, double threshold, int i, int[] theme, double[] similarity) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (out[c] > out[best]) {
                best = c;
            }
        }
        similarity[i] = Math.min(1, out[best]);
        theme[i] = out[best] >= threshold ? best : FITS_NONE;
    }

    /**
     * The documents placed among the codebook's themes as a {@link ThemeSet}: a theme per codebook theme, in the
     * codebook's order and named as it names them (empty themes included), with the top terms of the documents placed
     * in it, its representatives (the most similar of those that say something) and cohesion; documents that fit no
     * theme are Unclear, those without terms No description. Of {@code options} only the number of terms and of
     * representatives listed are read (and kept in the result).
     *
     * @param documents the term keys of each document, as {@link #place} read them
     * @param meanings  the sentence vectors {@link #place} was given (null entries: placed by words alone), or null;
     *                  representatives come first from documents placed by meaning, whose similarities compare
     */
    public ThemeSet describe(List<List<String>> documents, Placement placement, ThemeOptions options,
                             MeaningUse meaning, float[][] meanings, CancellationToken cancel) {
        return describe(documents, placement, 0, options, meaning, meanings, cancel);
    }

    /**
     * As {@link #describe(List, Placement, ThemeOptions, MeaningUse, float[][], CancellationToken)}, with
     * {@code newGroups} groups of documents beyond the codebook's themes (placement {@code themes + g} for group
     * {@code g}: requests put together for a reason of their own, such as words that burst since the codebook). They
     * follow the codebook's themes, named by their top terms; their similarities and representatives are measured
     * against their own centre (their words' mean).
     */
    public ThemeSet describe(List<List<String>> documents, Placement placement, int newGroups, ThemeOptions options,
                             MeaningUse meaning, float[][] meanings, CancellationToken cancel) {
        SparseRows tfidf = vectorize(documents, cancel).tfidf();
        int n = documents.size();
        int known = codebook.themes().size();
        int k = known + newGroups;
        int[] groups = placement.theme().clone();
        boolean[] hasTerms = new boolean[n];
        int[] assignment = new int[n];
        int[] sizes = new int[k];
        int unclear = 0;
        int noDescription = 0;
        for (int i = 0; i < n; i++) {
            hasTerms[i] = !documents.get(i).isEmpty();
            if (groups[i] >= 0) {
                sizes[groups[i]]++;
                assignment[i] = groups[i];
            } else {
                groups[i] = -1;
                assignment[i] = hasTerms[i] ? ThemeAssignment.UNCLEAR : ThemeAssignment.NO_DESCRIPTION;
                unclear += hasTerms[i] ? 1 : 0;
                noDescription += hasTerms[i] ? 0 : 1;
            }
        }
        CodebookSpace space = codebook.space();
        TermSpace terms = new TermSpace(Vocabulary.known(space.terms()), tfidf, hasTerms,
                space.labels().toArray(String[]::new), new TermSpace.VectorSettings(options.minDf(),
                        options.maxDfShare(), space.sublinearTf()));
        List<ClassTfIdfLabeller.Description> descriptions = new ClassTfIdfLabeller(options.topTerms())
                .describe(tfidf, groups, k, terms);
        int[] tier = new int[n];
        boolean byMeaning = codebook.space().hasMeaning() && meanings != null;
        for (int i = 0; i < n; i++) {
            boolean substantial = tfidf.end(i) - tfidf.start(i) >= ThemeSetAssembler.SUBSTANTIAL_TERMS;
            boolean read = !byMeaning || meanings[i] != null;
            tier[i] = substantial && read ? 0 : substantial ? 1 : 2;
        }
        double[] similarity = placement.similarity().clone();
        List<Theme> themes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int g = c;
            int[] members = IntStream.range(0, n).filter(i -> groups[i] == g).toArray();
            if (c >= known) {
                toOwnCentre(tfidf, members, similarity);
            }
            double cohesion = 0;
            for (int i : members) {
                cohesion += similarity[i];
            }
            cohesion = members.length == 0 ? 0 : cohesion / members.length;
            List<Integer> representatives = IntStream.of(ThemeSetAssembler.shown(members, tier,
                    similarity, tfidf, options.representatives())).boxed().toList();
            String name = c < known ? codebook.themes().get(c).name() : descriptions.get(c).label();
            themes.add(new Theme(c, name, sizes[c], ThemeSet.share(sizes[c], n),
                    descriptions.get(c).topTerms(), representatives, cohesion));
        }
        return new ThemeSet(themes, new ThemeAssignment(assignment),
                new ThemeGroup(ThemeGroup.UNCLEAR, unclear, ThemeSet.share(unclear, n)),
                new ThemeGroup(ThemeGroup.NO_DESCRIPTION, noDescription, ThemeSet.share(noDescription, n)),
                options, List.of(), meaning);
    }

    /** The ids of the distinct terms of a document that are in the codebook's vocabulary, increasing. */
    public int[] termIds(List<String> document) {
        return document.stream().mapToInt(t -> termIds.getOrDefault(t, -1)).filter(t -> t >= 0).distinct().sorted()
                .toArray();
    }

    /** An empty tally of the terms ({@link #termIds}) of the codebook's themes and {@code newGroups} groups after them. */
    public GroupTermCounts groupTermCounts(int newGroups) {
        return new GroupTermCounts(codebook.themes().size() + newGroups, idf.length);
    }

    /**
     * The labels {@link #describe} gives the groups after the codebook's themes, from the tally of every document
     * it would describe (each in its theme, its group, or none): the same labels, without the documents at hand.
     */
    public List<String> newGroupLabels(GroupTermCounts counts, ThemeOptions options) {
        CodebookSpace space = codebook.space();
        TermSpace terms = new TermSpace(Vocabulary.known(space.terms()), null, new boolean[0],
                space.labels().toArray(String[]::new), new TermSpace.VectorSettings(options.minDf(),
                options.maxDfShare(), space.sublinearTf()));
        List<ClassTfIdfLabeller.Description> descriptions = new ClassTfIdfLabeller(options.topTerms())
                .describe(counts, terms);
        return descriptions.subList(codebook.themes().size(), descriptions.size()).stream()
                .map(ClassTfIdfLabeller.Description::label).toList();
    }

    /** Sets each member's similarity to the normalised mean of the members' TF-IDF rows. */
    private void toOwnCentre(SparseRows tfidf, int[] members, double[] similarity) {
        double[] centre = new double[idf.length];
        for (int i : members) {
            tfidf.addTo(i, 1 / Math.sqrt(Math.max(tfidf.squaredNorm(i), 1e-12)), centre, 0);
        }
        double norm = 0;
        for (double v : centre) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        Rows.CentreBlock block = tfidf.centres(centre, 1);
        for (int i : members) {
            double rowNorm = Math.sqrt(tfidf.squaredNorm(i));
            similarity[i] = norm == 0 || rowNorm == 0 ? 0 : Math.min(1, block.similarity(i, 0) / (norm * rowNorm));
        }
    }

    /** Centre-major values of each theme's centre (or words centre). */
    private static double[] byCentre(List<CodebookTheme> themes, int d, boolean words) {
        double[] out = new double[themes.size() * d];
        for (int c = 0; c < themes.size(); c++) {
            float[] centre = words ? themes.get(c).wordsCentre() : themes.get(c).centre();
            for (int j = 0; j < d; j++) {
                out[c * d + j] = centre[j];
            }
        }
        return out;
    }
}
