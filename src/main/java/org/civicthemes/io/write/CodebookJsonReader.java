package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookProvenance;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookText;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.DateRange;

/**
 * Turns the JSON tree of a codebook file into a {@link Codebook}; a field that is missing, of the wrong kind or
 * refused by the model's validation is a {@link JsonTree.BadField} naming where it is. The format and version are
 * checked before, by {@link CodebookFile}.
 */
final class CodebookJsonReader extends JsonTree {

    CodebookJsonReader(JsonNode root) {
        super(root);
    }

    Codebook codebook() {
        CodebookSpace space = space(object(root, "space"));
        JsonNode themeArray = required(root, "themes");
        if (!themeArray.isArray()) {
            throw new BadField(pointer(root, "themes"), "'themes' must be a list");
        }
        List<CodebookTheme> themes = new ArrayList<>();
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (JsonNode t : themeArray) {
            CodebookTheme theme = valid(t, () -> theme(t));
            if (!ids.add(theme.id())) {
                throw new BadField(pointer(t, "id"), "theme id " + theme.id() + " is used twice");
            }
            themes.add(theme);
        }
        CodebookProvenance provenance = provenance(object(root, "provenance"));
        long nextId = integer(root, "nextId");
        return valid(root, () -> new Codebook(text(root, CodebookFile.FORMAT_FIELD),
                (int) integer(root, CodebookFile.VERSION_FIELD), themes, (int) nextId, space, provenance));
    }

    private CodebookTheme theme(JsonNode t) {
        return new CodebookTheme((int) integer(t, "id"), text(t, "name"), optionalText(t, "description"),
                optionalText(t, "department"), texts(t, "examples"), (int) integer(t, "requests"),
                floats(t, "centre"), floats(t, "wordsCentre"));
    }

    private CodebookSpace space(JsonNode s) {
        JsonNode termArray = required(s, "terms");
        if (!termArray.isArray()) {
            throw new BadField(pointer(s, "terms"), "'terms' must be a list");
        }
        List<String> terms = new ArrayList<>(termArray.size());
        List<String> labels = new ArrayList<>(termArray.size());
        double[] idf = new double[termArray.size()];
        int i = 0;
        for (JsonNode term : termArray) {
            terms.add(text(term, "key"));
            labels.add(text(term, "label"));
            JsonNode value = required(term, "idf");
            if (!value.isNumber()) {
                throw new BadField(pointer(term, "idf"), "'idf' must be a number");
            }
            idf[i++] = value.asDouble();
        }
        CodebookText text = text(object(s, "text"));
        float[] projection = floats(s, "projection");
        return valid(s, () -> new CodebookSpace(terms, labels, idf, bool(s, "sublinearTf", true),
                (int) integer(s, "dimensions"), projection, optionalText(s, "meaningModel"),
                (int) integer(s, "meaningDimensions"), number(s, "wordWeight", Double.NaN),
                number(s, "threshold", Double.NaN), text));
    }

    private CodebookText text(JsonNode t) {
        String mode = text(t, "phraseMode");
        if (!mode.equals("add") && !mode.equals("replace")) {
            throw new BadField(pointer(t, "phraseMode"), "'phraseMode' must be add or replace");
        }
        return new CodebookText(strings(t, "redacted"), strings(t, "extraStopwords"), bool(t, "stemming", true),
                bool(t, "detectLanguage", true), bool(t, "phrases", true), mode.equals("replace"),
                bool(t, "spanishGlossary", true));
    }

    private CodebookProvenance provenance(JsonNode p) {
        DateRange range = range(p);
        return valid(p, () -> new CodebookProvenance(text(p, "sourceFile"), optionalText(p, "sha256"), range,
                (int) integer(p, "requests"),
                new ProjectJsonReader(root).themes(object(p, "options")), text(p, "created"), grownFrom(p)));
    }

    /** The codebook a grown codebook was saved from; none when the field is missing (made from scratch). */
    private CodebookProvenance.GrownFrom grownFrom(JsonNode p) {
        if (!p.has("grownFrom")) {
            return CodebookProvenance.GrownFrom.NONE;
        }
        JsonNode g = object(p, "grownFrom");
        return new CodebookProvenance.GrownFrom(text(g, "codebook"), text(g, "created"), text(g, "sourceFile"),
                (int) integer(g, "nextId"));
    }

    private float[] floats(JsonNode node, String field) {
        String encoded = text(node, field);
        try {
            return FloatArrays.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new BadField(pointer(node, field), "'" + field + "' is not a list of numbers in Base64: "
                    + e.getMessage());
        }
    }
}
