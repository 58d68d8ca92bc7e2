package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookProvenance;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookText;
import org.civicthemes.model.CodebookTheme;

/**
 * A {@link Codebook} as the JSON tree of a codebook file (docs/codebook.md), fields in a fixed order: what people read
 * and may correct (themes' names, descriptions, departments, examples; where it was learned) first, the numbers after.
 */
final class CodebookJsonWriter {

    private final ObjectMapper mapper;

    CodebookJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(Codebook codebook) {
        ObjectNode json = mapper.createObjectNode();
        json.put(CodebookFile.FORMAT_FIELD, codebook.format());
        json.put(CodebookFile.VERSION_FIELD, codebook.formatVersion());
        json.set("provenance", provenance(codebook.provenance()));
        json.put("nextId", codebook.nextId());
        ArrayNode themes = json.putArray("themes");
        for (CodebookTheme t : codebook.themes()) {
            ObjectNode node = themes.addObject();
            node.put("id", t.id()).put("name", t.name()).put("description", t.description())
                    .put("department", t.department());
            ArrayNode examples = node.putArray("examples");
            t.examples().forEach(examples::add);
            node.put("requests", t.requests());
            node.put("centre", FloatArrays.encode(t.centre()));
            node.put("wordsCentre", FloatArrays.encode(t.wordsCentre()));
        }
        json.set("space", space(codebook.space()));
        json.put("integrity", CodebookDigest.of(codebook));
        return json;
    }

    private ObjectNode provenance(CodebookProvenance p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("sourceFile", p.sourceFile()).put("sha256", p.sha256())
                .put("from", p.range().from() == null ? null : p.range().from().toString())
                .put("to", p.range().to() == null ? null : p.range().to().toString())
                .put("requests", p.requests())
                .put("created", p.created());
        node.set("options", new ProjectJsonWriter(mapper).themes(p.options()));
        if (p.grownFrom().present()) {
            node.putObject("grownFrom").put("codebook", p.grownFrom().codebook())
                    .put("created", p.grownFrom().created()).put("sourceFile", p.grownFrom().sourceFile())
                    .put("nextId", p.grownFrom().nextId());
        }
        return node;
    }

    private ObjectNode space(CodebookSpace s) {
        ObjectNode node = mapper.createObjectNode();
        node.put("threshold", s.threshold()).put("meaningModel", s.meaningModel())
                .put("meaningDimensions", s.meaningDimensions()).put("wordWeight", s.wordWeight())
                .put("sublinearTf", s.sublinearTf()).put("dimensions", s.dimensions());
        node.set("text", text(s.text()));
        ArrayNode terms = node.putArray("terms");
        double[] idf = s.idf();
        for (int t = 0; t < s.terms().size(); t++) {
            terms.addObject().put("key", s.terms().get(t)).put("label", s.labels().get(t)).put("idf", idf[t]);
        }
        node.put("projection", FloatArrays.encode(s.projection()));
        return node;
    }

    private ObjectNode text(CodebookText t) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode redacted = node.putArray("redacted");
        t.redacted().forEach(redacted::add);
        ArrayNode stopwords = node.putArray("extraStopwords");
        t.extraStopwords().forEach(stopwords::add);
        return node.put("stemming", t.stemming()).put("detectLanguage", t.detectLanguage())
                .put("phrases", t.phrases()).put("phraseMode", t.phrasesReplace() ? "replace" : "add")
                .put("spanishGlossary", t.spanishGlossary());
    }
}
