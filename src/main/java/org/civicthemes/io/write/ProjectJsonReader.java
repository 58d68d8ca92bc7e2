package org.civicthemes.io.write;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicthemes.model.ColumnPreset;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;

/**
 * Turns the JSON tree of a project file into a {@link Project}. A field that is missing, of the wrong kind or
 * refused by the model's validation is a {@link BadField} naming where it is.
 */
final class ProjectJsonReader {

    /** A value of the file that cannot be used: where it is, and why. */
    static final class BadField extends RuntimeException {
        final JsonPointer where;

        BadField(JsonPointer where, String reason) {
            super(reason);
            this.where = where;
        }
    }

    private final JsonNode root;

    ProjectJsonReader(JsonNode root) {
        this.root = root;
    }

    Project project() {
        JsonNode text = object(root, "text");
        return new Project(source(object(root, "source")), reading(object(root, "reading")),
                themes(object(root, "themes")), strings(text, "keptPersonalData"), strings(text, "extraStopwords"),
                range(object(root, "themeRange")), range(object(root, "viewRange")), edits(root));
    }

    private ProjectSource source(JsonNode node) {
        return valid(node, () -> new ProjectSource(text(node, "absolutePath"), optionalText(node, "relativePath"),
                text(node, "sha256"), node.has("size") ? integer(node, "size") : -1));
    }

    private ImportOptions reading(JsonNode node) {
        Map<ColumnRole, List<String>> columns = new EnumMap<>(ColumnRole.class);
        JsonNode columnNode = object(node, "columns");
        Iterator<Map.Entry<String, JsonNode>> fields = columnNode.fields();
        while (fields.hasNext()) {
            String key = fields.next().getKey();
            ColumnRole role = valid(columnNode, () -> roleOf(key));
            columns.put(role, List.copyOf(strings(columnNode, key)));
        }
        String preset = optionalText(node, "preset");
        return valid(node, () -> new ImportOptions(optionalText(node, "sheet"), (int) integer(node, "headerRow"),
                columns, preset.isEmpty() ? ColumnPreset.AUTO : ColumnPreset.fromKey(preset)));
    }

    private ColumnRole roleOf(String key) {
        for (ColumnRole role : ColumnRole.values()) {
            if (role.key().equals(key.toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown column role '" + key + "'");
    }

    private ThemeOptions themes(JsonNode node) {
        ThemeOptions d = ThemeOptions.DEFAULTS;
        return valid(node, () -> new ThemeOptions(ThemeCount.parse(required(node, "count").asText()),
                (int) integer(node, "autoMinK", d.autoMinK()), (int) integer(node, "autoMaxK", d.autoMaxK()),
                integer(node, "seed"), (int) integer(node, "restarts", d.restarts()),
                (int) integer(node, "maxIterations", d.maxIterations()),
                (int) integer(node, "lsaDimensions", d.lsaDimensions()), (int) integer(node, "minDf", d.minDf()),
                number(node, "maxDfShare", d.maxDfShare()), bool(node, "sublinearTf", d.sublinearTf()),
                number(node, "unclearThreshold", d.unclearThreshold()), (int) integer(node, "topTerms", d.topTerms()),
                (int) integer(node, "representatives", d.representatives()),
                (int) integer(node, "autoSample", d.autoSample()),
                // a project saved before meaning existed found its themes by words: it opens with the same themes
                bool(node, "meaning", false)));
    }

    private DateRange range(JsonNode node) {
        LocalDate from = date(node, "from");
        LocalDate to = date(node, "to");
        return valid(node, () -> new DateRange(from, to));
    }

    private LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new BadField(pointer(node, field), "'" + value.asText() + "' is not a date like 2024-03-31");
        }
    }

    private List<ThemeEdit> edits(JsonNode root) {
        JsonNode array = required(root, "edits");
        if (!array.isArray()) {
            throw new BadField(pointer(root, "edits"), "the edits must be a list");
        }
        List<ThemeEdit> edits = new ArrayList<>(array.size());
        for (JsonNode e : array) {
            edits.add(valid(e, () -> edit(e)));
        }
        return edits;
    }

    private ThemeEdit edit(JsonNode e) {
        String type = text(e, "type");
        switch (type) {
            case ProjectEditTypes.RENAME:
                return new ThemeEdit.Rename((int) integer(e, "theme"), text(e, "label"));
            case ProjectEditTypes.MERGE:
                return new ThemeEdit.Merge(integers(e, "themes"), text(e, "label"));
            case ProjectEditTypes.DELETE:
                return new ThemeEdit.Delete((int) integer(e, "theme"));
            case ProjectEditTypes.MOVE:
                return new ThemeEdit.Move(integers(e, "requests"), (int) integer(e, "theme"));
            case ProjectEditTypes.SPLIT:
                return new ThemeEdit.Split((int) integer(e, "theme"), (int) integer(e, "parts"));
            default:
                throw new BadField(pointer(e, "type"), "unknown kind of edit '" + type + "' (known: "
                        + ProjectEditTypes.ALL + ")");
        }
    }

    private JsonPointer pointer(JsonNode node, String field) {
        return pointerOf(node).appendProperty(field);
    }

    /** Where a node is in the file: the tree has no parent links, so it is found from the root (only on errors). */
    private JsonPointer pointerOf(JsonNode node) {
        JsonPointer found = find(root, node, JsonPointer.empty());
        return found == null ? JsonPointer.empty() : found;
    }

    private static JsonPointer find(JsonNode at, JsonNode wanted, JsonPointer path) {
        if (at == wanted) {
            return path;
        }
        if (at.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = at.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonPointer hit = find(f.getValue(), wanted, path.appendProperty(f.getKey()));
                if (hit != null) {
                    return hit;
                }
            }
        } else if (at.isArray()) {
            for (int i = 0; i < at.size(); i++) {
                JsonPointer hit = find(at.get(i), wanted, path.appendIndex(i));
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** Runs a constructor; its validation message becomes a {@link BadField} at {@code node}. */
    private <T> T valid(JsonNode node, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadField(pointerOf(node), e.getMessage());
        }
    }

    private JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadField(pointerOf(node), "'" + field + "' is missing");
        }
        return value;
    }

    private JsonNode object(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isObject()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be an object in braces { }");
        }
        return value;
    }

    private String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be text in quotes");
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : text(node, field);
    }

    private long integer(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be a whole number");
        }
        return value.asLong();
    }

    private long integer(JsonNode node, String field, long fallback) {
        return node.hasNonNull(field) ? integer(node, field) : fallback;
    }

    private double number(JsonNode node, String field, double fallback) {
        JsonNode value = optional(node, field, JsonNode::isNumber, "a number");
        return value == null ? fallback : value.asDouble();
    }

    private boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode value = optional(node, field, JsonNode::isBoolean, "true or false");
        return value == null ? fallback : value.asBoolean();
    }

    /** The field's value, or null when it is absent or null; of the wrong kind, a {@link BadField}. */
    private JsonNode optional(JsonNode node, String field, java.util.function.Predicate<JsonNode> kind, String what) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!kind.test(value)) {
            throw new BadField(pointer(node, field), "'" + field + "' must be " + what);
        }
        return value;
    }

    private List<Integer> integers(JsonNode node, String field) {
        JsonNode array = required(node, field);
        if (!array.isArray()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be a list of whole numbers");
        }
        List<Integer> out = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            if (!v.isInt()) {
                throw new BadField(pointer(node, field), "'" + field + "' must be a list of whole numbers");
            }
            out.add(v.asInt());
        }
        return out;
    }

    private Set<String> strings(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return Set.of();
        }
        if (!array.isArray()) {
            throw new BadField(pointer(node, field), "'" + field + "' must be a list of texts");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                throw new BadField(pointer(node, field), "'" + field + "' must be a list of texts");
            }
            out.add(v.asText());
        }
        return out;
    }
}
