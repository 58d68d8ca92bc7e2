package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.cluster.CodebookPlacer;
import org.civicthemes.cluster.WordBursts;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.Language;
import org.civicthemes.text.PreparedText;
import org.civicthemes.text.RedactionCounts;
import org.civicthemes.text.TextOptions;

/**
 * Gives a dataset's requests the themes of a codebook. Each request is prepared on its own with the codebook's text
 * options against its vocabulary (its phrases), its meaning read when the codebook was made with meaning, and placed
 * by {@link CodebookPlacer}: a function of the request's text and the codebook alone. The requests that fit no
 * theme, and those since the codebook whose words burst ({@link WordBursts}), are grouped among themselves by the
 * theme engine (or by their words), with the codebook's options, into proposed new themes or
 * Unclear ({@link ProposedThemes}).
 */
final class CodebookApplier {

    static final String STEP = "Placing requests in the codebook's themes";
    /** Fewer requests that fit no theme than this are left Unclear: too few to find themes among. */
    static final int MIN_LEFTOVERS = 50;

    private final ThemeService themeService;

    CodebookApplier(ThemeService themeService) {
        this.themeService = themeService;
    }

    ThemeRun apply(Dataset dataset, DateRange range, Codebook codebook, String codebookName, ProgressListener progress,
                   CancellationToken cancel) throws BadInputException {
        List<Integer> indexes = ThemeService.requestsOf(dataset, range);
        TextOptions text = CodebookMaker.textOptionsOf(codebook.space().text());
        progress.update(STEP, 0, indexes.size());
        Read read = read(dataset, indexes, codebook, progress, cancel);
        List<PreparedText> prepared = read.prepared();
        List<List<String>> terms = read.terms();
        Meaning meaning = read.meaning();
        CodebookPlacer placer = read.placer();
        CodebookPlacer.Placement placement = read.placement();
        ThemeOptions options = codebook.provenance().options().withThemes(ThemeCount.AUTO)
                .withMeaning(codebook.space().hasMeaning());
        int newGroups = burstsAsGroups(codebook, terms, since(dataset, indexes, codebook), placement,
                d -> CodebookPlacing.mayBeProposed(codebook, prepared.get(d).language()));
        int[] leftovers = IntStream.range(0, indexes.size())
                .filter(d -> placement.theme()[d] == CodebookPlacer.FITS_NONE)
                .filter(d -> CodebookPlacing.mayBeProposed(codebook, prepared.get(d).language())).toArray();
        ThemeSet found = null;
        if (leftovers.length >= MIN_LEFTOVERS) {
            List<Integer> requests = IntStream.of(leftovers).mapToObj(indexes::get).toList();
            found = themeService.findThemesAmong(dataset, requests, options, text, progress, cancel);
        }
        ThemeSet placed = placer.describe(terms, placement, newGroups, options, meaning.use(), meaning.vectors(),
                cancel);
        List<Boolean> hasText = indexes.stream().map(i -> dataset.requests().get(i).hasText()).toList();
        placed = TextWithoutTerms.toUnclear(placed, hasText);
        ProposedThemes.Combined combined = ProposedThemes.combine(placed, leftovers, found, codebook, codebookName);
        progress.update(STEP, indexes.size(), indexes.size());
        return new ThemeRun(combined.themes(), indexes, range, ThemeService.redactionsOf(redactions(prepared)),
                ThemeService.languagesOf(languages(prepared)), combined.identity());
    }

    /**
     * Makes each burst of words since the codebook ({@link WordBursts}) with at least {@link ProposedThemes#MIN_SIZE}
     * eligible requests a group of its own, after the codebook's themes: its requests leave the theme they were placed
     * in (or fit none) for it, so a new kind of request is proposed even when each of them was close enough to an old
     * theme.
     *
     * @return the number of groups made
     */
    private static int burstsAsGroups(Codebook codebook, List<List<String>> terms, boolean[] since,
                                      CodebookPlacer.Placement placement, java.util.function.IntPredicate eligible) {
        int known = codebook.themes().size();
        List<WordBursts.Burst> bursts = WordBursts.find(codebook, terms, since, placement.theme().clone(),
                WordBursts.DEFAULT);
        List<int[]> groups = BurstThemes.groups(bursts,
                d -> placement.theme()[d] != CodebookPlacer.NO_TERMS && eligible.test(d));
        for (int g = 0; g < groups.size(); g++) {
            for (int d : groups.get(g)) {
                placement.theme()[d] = known + g;
            }
        }
        return groups.size();
    }

    /**
     * Which requests were created after the codebook's period (those whose words may show a new kind of request);
     * none when the codebook's period has no end.
     */
    private static boolean[] since(Dataset dataset, List<Integer> indexes, Codebook codebook) {
        boolean[] since = new boolean[indexes.size()];
        for (int d = 0; d < since.length; d++) {
            since[d] = BurstThemes.isSince(codebook, dataset.requests().get(indexes.get(d)).created());
        }
        return since;
    }

    /** Sentence vectors of the requests (null entries: not read), and how meaning was used. */
    record Meaning(float[][] vectors, MeaningUse use) {
    }

    /**
     * Requests as a codebook reads them: prepared alone, their term keys, their meaning, and where the codebook places
     * them ({@link CodebookPlacing}, as the Spark job places them).
     */
    record Read(List<PreparedText> prepared, List<List<String>> terms, Meaning meaning, CodebookPlacer placer,
                CodebookPlacer.Placement placement) {
    }

    /**
     * Prepares the requests at {@code indexes} with the codebook's text options against its vocabulary, reads their
     * meaning when the codebook was made with meaning (through the vector cache: cheap the second time), and places
     * them.
     *
     * @throws BadInputException when the codebook's meaning was read by another sentence model
     */
    Read read(Dataset dataset, List<Integer> indexes, Codebook codebook, ProgressListener progress,
              CancellationToken cancel) throws BadInputException {
        CodebookPlacing placing = new CodebookPlacing(codebook, themeService);
        CodebookPlacing.Outcome outcome = placing.placeAll(
                indexes.stream().map(i -> dataset.requests().get(i).text()).toList(), progress, cancel);
        List<List<String>> terms = outcome.prepared().stream().map(PreparedText::termKeys).toList();
        return new Read(outcome.prepared(), terms, new Meaning(outcome.vectors(), outcome.use()), placing.placer(),
                outcome.placement());
    }

    private static RedactionCounts redactions(List<PreparedText> prepared) {
        return prepared.stream().map(PreparedText::redactions).collect(RedactionCounts.summing());
    }

    private static Map<Language, Integer> languages(List<PreparedText> prepared) {
        Map<Language, Integer> out = new EnumMap<>(Language.class);
        for (PreparedText p : prepared) {
            out.merge(p.language(), 1, Integer::sum);
        }
        return out;
    }
}
