package org.civicthemes.workflow;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.civicthemes.cluster.CodebookPlacer;
import org.civicthemes.cluster.GroupTermCounts;
import org.civicthemes.cluster.MeaningSource;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.Language;
import org.civicthemes.text.PreparedText;
import org.civicthemes.text.TextPipeline;
import org.civicthemes.text.Vocabulary;

/**
 * Places request texts among a codebook's themes, a batch at a time: each text prepared on its own with the
 * codebook's text options against its vocabulary, its meaning read when the codebook was made with meaning, and
 * placed by {@link CodebookPlacer}. A text's place depends on the text and the codebook alone, so any split of the
 * requests into batches (a Spark partition, the whole export) gives each request the same place.
 */
public final class CodebookPlacing {

    /** The id files show for a request that has text but fits no theme (before any proposed theme takes it). */
    public static final int UNCLEAR = 0;
    /** The id files show for a request without text. */
    public static final int NO_DESCRIPTION = -1;

    private final Codebook codebook;
    private final TextPipeline pipeline;
    private final Vocabulary phrases;
    private final CodebookPlacer placer;
    private final MeaningReader reader;

    /**
     * @throws BadInputException when the codebook's meaning was read by another sentence model than this one's
     */
    public CodebookPlacing(Codebook codebook, ThemeService themeService) throws BadInputException {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(themeService, "themeService");
        reader = codebook.space().hasMeaning() ? themeService.meaningReader() : null;
        if (reader != null) {
            String model = reader.modelId();
            if (!model.equals(codebook.space().meaningModel())) {
                throw new BadInputException("The codebook was made with the sentence model "
                        + codebook.space().meaningModel() + "; this CivicThemes reads meaning with " + model
                        + ", whose vectors do not compare. Save the codebook again with this version.", null);
            }
        }
        pipeline = new TextPipeline(CodebookMaker.textOptionsOf(codebook.space().text()));
        phrases = Vocabulary.ofKeys(codebook.space().terms());
        placer = new CodebookPlacer(codebook);
    }

    /**
     * Where each text goes, as files show it.
     *
     * @param themeIds   per text, the codebook id of its theme, {@link #UNCLEAR} or {@link #NO_DESCRIPTION}
     * @param similarity per text, its similarity to its nearest theme (0 for a text without known terms)
     * @param fitsNone   per text, whether it has terms but fits no theme: the requests proposed themes are found
     *                   among (with meaning, only those in a language the sentence model reads)
     * @param meaning    how meaning was used for this batch
     * @param terms      per text, its term keys as the codebook reads them (whose words may burst since it)
     * @param proposable per text, whether it may be a member of a proposed theme: it has terms, in a language the
     *                   codebook may propose in ({@link BurstThemes#groups})
     */
    public record Placed(int[] themeIds, double[] similarity, boolean[] fitsNone, MeaningUse meaning,
                         List<List<String>> terms, boolean[] proposable) {
    }

    /** Places a batch of texts (empty strings for requests without text). */
    public Placed place(List<String> texts, CancellationToken cancel) {
        Outcome outcome = placeAll(texts, ProgressListener.NONE, cancel);
        int n = texts.size();
        int[] ids = new int[n];
        boolean[] fitsNone = new boolean[n];
        boolean[] proposable = new boolean[n];
        for (int i = 0; i < n; i++) {
            int theme = outcome.placement().theme()[i];
            proposable[i] = theme != CodebookPlacer.NO_TERMS
                    && mayBeProposed(codebook, outcome.prepared().get(i).language());
            if (theme >= 0) {
                ids[i] = codebook.themes().get(theme).id();
            } else {
                ids[i] = texts.get(i).isBlank() ? NO_DESCRIPTION : UNCLEAR;
                fitsNone[i] = theme == CodebookPlacer.FITS_NONE && proposable[i];
            }
        }
        return new Placed(ids, outcome.placement().similarity(), fitsNone, outcome.use(),
                outcome.prepared().stream().map(PreparedText::termKeys).toList(), proposable);
    }

    /**
     * The ids of a request's distinct terms in the codebook's vocabulary ({@link Placed#terms}), as the names of groups
     * of requests beyond the codebook's themes are counted ({@link #groupNames}).
     */
    public int[] termIds(List<String> terms) {
        return placer.termIds(terms);
    }

    /** An empty tally of the terms of the requests in the codebook's themes and in {@code groups} groups after them. */
    public GroupTermCounts groupTermCounts(int groups) {
        return placer.groupTermCounts(groups);
    }

    /**
     * The names the desktop gives groups of requests beyond the codebook's themes (the proposed themes of words that
     * burst since it: {@link CodebookPlacer#describe}'s class-based labels, which weigh each group's terms against
     * every theme's), from the merged tally of every request of the run: its {@link #termIds} counted in the position
     * of its codebook theme or {@code themes + g} for group {@code g}, or in none.
     *
     * @return the groups' names, in group order
     */
    public List<String> groupNames(GroupTermCounts counts) {
        return placer.newGroupLabels(counts, codebook.provenance().options().withThemes(ThemeCount.AUTO)
                .withMeaning(codebook.space().hasMeaning()));
    }

    /** The texts prepared, their places among the codebook's themes and the sentence vectors they were placed by. */
    record Outcome(List<PreparedText> prepared, CodebookPlacer.Placement placement, float[][] vectors,
                   MeaningUse use) {
    }

    Outcome placeAll(List<String> texts, ProgressListener progress, CancellationToken cancel) {
        List<PreparedText> prepared = pipeline.prepareEach(texts, phrases, cancel);
        List<List<String>> terms = prepared.stream().map(PreparedText::termKeys).toList();
        Meaning meaning = meaningOf(prepared, progress, cancel);
        CodebookPlacer.Placement placement = placer.place(terms, meaning.vectors(), cancel);
        return new Outcome(prepared, placement, meaning.vectors(), meaning.use());
    }

    /**
     * Whether a request that fits no theme may be grouped into a proposed theme: with meaning, only a request the
     * sentence model reads (among the others, the requests would group by language: the sample proposed Spanish and
     * Vietnamese 'themes'); they stay Unclear.
     */
    static boolean mayBeProposed(Codebook codebook, Language language) {
        return !codebook.space().hasMeaning() || RequestMeanings.readsMeaning(language);
    }

    CodebookPlacer placer() {
        return placer;
    }

    /** Sentence vectors of the requests (null entries: not read), and how meaning was used. */
    private record Meaning(float[][] vectors, MeaningUse use) {
    }

    private Meaning meaningOf(List<PreparedText> prepared, ProgressListener progress, CancellationToken cancel) {
        if (!codebook.space().hasMeaning()) {
            return new Meaning(null, MeaningUse.OFF);
        }
        int n = prepared.size();
        MeaningSource.Meanings read = RequestMeanings.of(prepared, reader)
                .read(IntStream.range(0, n).toArray(), progress, cancel);
        if (read.vectors() == null || !read.unavailable().isEmpty()) {
            return new Meaning(null, MeaningUse.unavailable(read.unavailable()));
        }
        int withMeaning = (int) java.util.Arrays.stream(read.vectors()).filter(v -> v != null).count();
        return new Meaning(read.vectors(), new MeaningUse(MeaningUse.Status.ON, read.model(), n, withMeaning,
                n - withMeaning, ""));
    }
}
