package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.KScore;
import org.civicthemes.model.MeaningUse;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.WeightedTerm;

/**
 * Writes {@code themes.json}: the options used, every theme with its label, size, share, top terms,
 * example requests (source row numbers) and cohesion, the Unclear and No description groups, and the score
 * of every k tried. A run placed by a codebook also names the codebook and says of each theme whether it is
 * {@code new} (proposed), its ids being the codebook's. Same run, same bytes.
 */
public final class ThemesJsonWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(Dataset dataset, ThemeRun run, Path target) throws IOException {
        write(dataset, run, null, target);
    }

    /**
     * Writes themes.json of a run placed by a codebook, with what changed since the codebook ({@code since}; null: a
     * run found from scratch).
     */
    public void write(Dataset dataset, ThemeRun run, SinceCodebook since, Path target) throws IOException {
        ObjectNode json = toJson(dataset, run);
        if (since != null) {
            json.set("sinceCodebook", CodebookChangesJson.of(mapper, since));
        }
        AtomicFile.write(target, out -> {
            mapper.writeValue(out, json);
            out.write('\n');
        });
    }

    ObjectNode toJson(Dataset dataset, ThemeRun run) {
        ObjectNode json = mapper.createObjectNode();
        json.put("file", dataset.source().fileName());
        json.set("options", options(run));
        json.put("requests", run.size());
        if (run.identity().fromCodebook()) {
            json.putObject("codebook").put("file", run.identity().codebook())
                    .put("nextId", run.identity().nextId());
        }
        ArrayNode themes = json.putArray("themes");
        for (Theme t : run.themes().themes()) {
            ObjectNode node = themes.addObject();
            node.put("id", ThemeIds.external(run, t.id()));
            node.put("label", t.label());
            node.put("size", t.size());
            node.put("share", round(t.share()));
            ArrayNode terms = node.putArray("topTerms");
            for (WeightedTerm w : t.topTerms()) {
                terms.addObject().put("term", w.display()).put("weight", round(w.weight()));
            }
            ArrayNode examples = node.putArray("examples");
            for (int doc : t.representatives()) {
                examples.add(dataset.requests().get(run.requestIndexes().get(doc)).sourceRow());
            }
            node.put("cohesion", round(t.cohesion()));
            if (run.identity().fromCodebook()) {
                node.put("new", run.identity().isProposed(t.id()));
            }
            if (!run.identity().departments().isEmpty()) {
                node.put("department", run.identity().departmentOf(t.id()));
            }
        }
        json.set("unclear", group(run.themes().unclear(), ThemeIds.UNCLEAR));
        json.set("noDescription", group(run.themes().noDescription(), ThemeIds.NO_DESCRIPTION));
        ArrayNode scores = json.putArray("kScores");
        for (KScore s : run.themes().kScores()) {
            scores.addObject().put("k", s.k()).put("score", round(s.score()));
        }
        MeaningUse meaning = run.themes().meaning();
        json.putObject("meaning").put("status", meaning.status().name().toLowerCase(java.util.Locale.ROOT))
                .put("model", meaning.model()).put("requestsRead", meaning.read())
                .put("requestsByWordsAlone", meaning.byWords()).put("detail", meaning.detail())
                .put("description", meaning.describe());
        ObjectNode redactions = json.putObject("redactions");
        run.redactions().forEach(redactions::put);
        ObjectNode languages = json.putObject("languages");
        run.languages().forEach(languages::put);
        return json;
    }

    private ObjectNode options(ThemeRun run) {
        ThemeOptions o = run.themes().options();
        ObjectNode node = mapper.createObjectNode();
        node.put("k", o.themes().toString());
        node.put("themesFound", run.themes().themes().size());
        node.put("seed", o.seed());
        node.put("restarts", o.restarts());
        node.put("lsaDimensions", o.lsaDimensions());
        node.put("minDf", o.minDf());
        node.put("maxDfShare", o.maxDfShare());
        node.put("unclearThreshold", o.unclearThreshold());
        node.put("meaning", o.meaning() ? "on" : "off");
        node.put("from", run.range().from() == null ? null : run.range().from().toString());
        node.put("to", run.range().to() == null ? null : run.range().to().toString());
        return node;
    }

    private ObjectNode group(ThemeGroup g, int id) {
        return mapper.createObjectNode().put("id", id).put("label", g.label()).put("size", g.size())
                .put("share", round(g.share()));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

}
