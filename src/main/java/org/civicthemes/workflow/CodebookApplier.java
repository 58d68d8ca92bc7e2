package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicthemes.cluster.CodebookPlacer;
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
 * theme are grouped among themselves by the theme engine, with the codebook's options, into proposed new themes or
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
        CodebookPlacing placing = new CodebookPlacing(codebook, themeService);
        CodebookPlacing.Outcome outcome = placing.placeAll(
                indexes.stream().map(i -> dataset.requests().get(i).text()).toList(), progress, cancel);
        List<PreparedText> prepared = outcome.prepared();
        List<List<String>> terms = prepared.stream().map(PreparedText::termKeys).toList();
        CodebookPlacer placer = placing.placer();
        CodebookPlacer.Placement placement = outcome.placement();
        ThemeOptions options = codebook.provenance().options().withThemes(ThemeCount.AUTO)
                .withMeaning(codebook.space().hasMeaning());
        ThemeSet placed = placer.describe(terms, placement, options, outcome.use(), outcome.vectors(), cancel);
        List<Boolean> hasText = indexes.stream().map(i -> dataset.requests().get(i).hasText()).toList();
        placed = TextWithoutTerms.toUnclear(placed, hasText);
        // with meaning, a request the model does not read (another language) stays Unclear (CodebookPlacing)
        int[] leftovers = IntStream.range(0, indexes.size())
                .filter(d -> placement.theme()[d] == CodebookPlacer.FITS_NONE)
                .filter(d -> CodebookPlacing.mayBeProposed(codebook, prepared.get(d).language())).toArray();
        ThemeSet found = null;
        if (leftovers.length >= MIN_LEFTOVERS) {
            List<Integer> requests = IntStream.of(leftovers).mapToObj(indexes::get).toList();
            found = themeService.findThemesAmong(dataset, requests, options, text, progress, cancel);
        }
        ProposedThemes.Combined combined = ProposedThemes.combine(placed, leftovers, found, codebook, codebookName);
        progress.update(STEP, indexes.size(), indexes.size());
        return new ThemeRun(combined.themes(), indexes, range, ThemeService.redactionsOf(redactions(prepared)),
                ThemeService.languagesOf(languages(prepared)), combined.identity());
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
