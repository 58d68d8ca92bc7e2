package org.civicthemes.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.civicthemes.cluster.CodebookCentres;
import org.civicthemes.cluster.LearnedSpace;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookProvenance;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeIdentity;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;

/**
 * Grows a codebook from a run it placed, after the analyst's edits (docs/codebook.md, "Growing a codebook"):
 * <ul>
 *   <li>a codebook theme keeps its id, takes its (new) name and department, and keeps its centre unless its requests
 *       changed (another theme merged into it, requests moved in or out): then its centre is the normalised mean of
 *       the vectors of the requests it now holds, in the codebook's space;</li>
 *   <li>an accepted proposed theme becomes a codebook theme with the id it showed, its centre the mean of its
 *       requests' vectors;</li>
 *   <li>a proposed theme not accepted is left out (its requests stay without a theme);</li>
 *   <li>a retired (deleted) theme is left out, and the next free id stays above its id: ids are never reused.</li>
 * </ul>
 * The space (vocabulary, idf, projection, meaning model, threshold) is the codebook's, unchanged; the provenance names
 * the export the run placed and the codebook it grew from.
 */
final class CodebookGrower {

    private CodebookGrower() {
    }

    /**
     * @param placed   the run as the codebook placed it, before any edit
     * @param edited   that run after the analyst's edits (the same requests)
     * @param read     the run's requests as the codebook reads them (document i is request
     *                 {@code edited.requestIndexes().get(i)})
     * @param name     the codebook's file name
     * @throws IllegalArgumentException when the runs do not come from this codebook, or no theme would be left
     */
    static Codebook grow(Dataset dataset, Codebook codebook, String name, ThemeRun placed, ThemeRun edited,
                         CodebookApplier.Read read, UnaryOperator<String> redaction, Instant created,
                         CancellationToken cancel) {
        if (!placed.identity().fromCodebook() || !edited.requestIndexes().equals(placed.requestIndexes())) {
            throw new IllegalArgumentException("These themes were not placed by the codebook " + name
                    + "; give the requests its themes first (Use themes from a codebook…)");
        }
        ThemeIdentity identity = edited.identity();
        int k = edited.themes().themes().size();
        LearnedSpace.Centres centres = CodebookCentres.of(codebook, read.terms(), read.meaning().vectors(),
                edited.themes().assignment().toArray(), k, cancel);
        Map<Integer, int[]> placedMembers = new HashMap<>();
        for (int p = 0; p < placed.themes().themes().size(); p++) {
            placedMembers.put(placed.identity().idOf(p), placed.themes().assignment().documentsOf(p));
        }
        List<CodebookTheme> themes = new ArrayList<>();
        int nextId = codebook.nextId();
        for (int p = 0; p < k; p++) {
            if (identity.isProposed(p)) {
                continue; // not accepted: a proposal only
            }
            int id = identity.idOf(p);
            Theme theme = edited.themes().themes().get(p);
            Optional<CodebookTheme> known = codebook.theme(id);
            boolean unchanged = known.isPresent()
                    && Arrays.equals(edited.themes().assignment().documentsOf(p), placedMembers.get(id));
            float[] centre = unchanged ? null : centres.centres().get(p);
            float[] wordsCentre = unchanged ? null : centres.wordsCentres().get(p);
            if (centre == null || wordsCentre == null) {
                if (known.isEmpty()) {
                    continue; // a new theme without a request to place by
                }
                centre = known.get().centre();
                wordsCentre = known.get().wordsCentre();
            }
            List<String> examples = known.map(CodebookTheme::examples).orElseGet(() -> theme.representatives().stream()
                    .map(d -> redaction.apply(dataset.requests().get(edited.requestIndexes().get(d)).text()).strip())
                    .distinct().limit(Codebook.MAX_EXAMPLES).toList());
            themes.add(new CodebookTheme(id, theme.label(), known.map(CodebookTheme::description).orElse(""),
                    identity.departmentOf(p), examples, theme.size(), centre, wordsCentre));
            nextId = Math.max(nextId, id + 1);
        }
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("No theme would be left in the codebook: every theme was retired");
        }
        themes.sort(java.util.Comparator.comparingInt(CodebookTheme::id));
        CodebookProvenance was = codebook.provenance();
        CodebookProvenance provenance = new CodebookProvenance(dataset.source().fileName(), dataset.source().sha256(),
                edited.range(), edited.size(), was.options(), created.truncatedTo(ChronoUnit.SECONDS).toString(),
                new CodebookProvenance.GrownFrom(name, was.created(), was.sourceFile(), codebook.nextId()));
        return Codebook.of(themes, nextId, codebook.space(), provenance);
    }
}
