package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeRun;

/**
 * The {@code sinceCodebook} section of themes.json for a run placed by a codebook: each codebook theme's requests in
 * the run the codebook was made from and now, with the change of its share in percentage points; the codebook themes
 * with no request now; the proposed new themes (their sizes, terms and examples are in {@code themes}).
 */
final class CodebookChangesJson {

    private CodebookChangesJson() {
    }

    static ObjectNode of(ObjectMapper mapper, ThemeRun run, Codebook codebook) {
        ObjectNode node = mapper.createObjectNode();
        node.put("learnedFrom", codebook.provenance().sourceFile());
        node.put("codebookFrom", codebook.provenance().range().from() == null ? null
                : codebook.provenance().range().from().toString());
        node.put("codebookTo", codebook.provenance().range().to() == null ? null
                : codebook.provenance().range().to().toString());
        node.put("codebookRequests", codebook.provenance().requests());
        node.put("requests", run.size());
        ArrayNode themes = node.putArray("themes");
        ArrayNode empty = node.putArray("emptyNow");
        ArrayNode proposed = node.putArray("proposed");
        for (Theme theme : run.themes().themes()) {
            int id = run.identity().idOf(theme.id());
            Optional<CodebookTheme> before = codebook.theme(id);
            if (run.identity().isProposed(theme.id()) || before.isEmpty()) {
                proposed.add(id);
                continue;
            }
            double shareBefore = share(before.get().requests(), codebook.provenance().requests());
            double shareNow = share(theme.size(), run.size());
            themes.addObject().put("id", id).put("name", theme.label())
                    .put("before", before.get().requests()).put("shareBefore", round(shareBefore))
                    .put("now", theme.size()).put("shareNow", round(shareNow))
                    .put("changePoints", round((shareNow - shareBefore) * 100));
            if (theme.size() == 0) {
                empty.add(id);
            }
        }
        return node;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
