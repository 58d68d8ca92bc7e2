package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.civicthemes.analysis.SinceCodebook;

/**
 * The {@code sinceCodebook} section of themes.json for a run placed by a codebook, laid out from
 * {@link SinceCodebook}: each codebook theme's requests before and now with the change of its share in percentage
 * points; the codebook themes with no request now; the proposed new themes with their sizes, top terms and examples.
 */
final class CodebookChangesJson {

    private CodebookChangesJson() {
    }

    static ObjectNode of(ObjectMapper mapper, SinceCodebook since) {
        ObjectNode node = mapper.createObjectNode();
        node.put("learnedFrom", since.learnedFrom());
        node.put("codebookFrom", since.codebookPeriod().from() == null ? null
                : since.codebookPeriod().from().toString());
        node.put("codebookTo", since.codebookPeriod().to() == null ? null : since.codebookPeriod().to().toString());
        node.put("basis", basisKey(since.basis()));
        node.put("basisDescription", since.describeBasis());
        node.put("requestsBefore", since.requestsBefore());
        node.put("requestsNow", since.requestsNow());
        node.put("requestsInNeither", since.outside());
        ArrayNode themes = node.putArray("themes");
        for (SinceCodebook.Kept kept : since.themes()) {
            themes.addObject().put("id", kept.id()).put("name", kept.name())
                    .put("before", kept.before()).put("shareBefore", round(kept.shareBefore()))
                    .put("now", kept.now()).put("shareNow", round(kept.shareNow()))
                    .put("changePoints", round(kept.changePoints()));
        }
        ArrayNode empty = node.putArray("emptyNow");
        since.emptyNow().forEach(kept -> empty.add(kept.id()));
        ArrayNode proposed = node.putArray("proposed");
        for (SinceCodebook.Proposed p : since.proposed()) {
            ObjectNode theme = proposed.addObject().put("id", p.id()).put("name", p.name()).put("size", p.size())
                    .put("now", p.now());
            ArrayNode terms = theme.putArray("topTerms");
            p.topTerms().forEach(terms::add);
            ArrayNode examples = theme.putArray("examples");
            p.examples().forEach(examples::add);
        }
        return node;
    }

    /** The basis as themes.json names it: {@code codebookRun} or {@code periodInExport}. */
    static String basisKey(SinceCodebook.Basis basis) {
        return basis == SinceCodebook.Basis.CODEBOOK_RUN ? "codebookRun" : "periodInExport";
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

}
