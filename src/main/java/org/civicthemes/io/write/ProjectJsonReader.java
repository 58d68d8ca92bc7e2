package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicthemes.model.ColumnPreset;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;

/**
 * Turns the JSON tree of a project file into a {@link Project}. A field that is missing, of the wrong kind or
 * refused by the model's validation is a {@link JsonTree.BadField} naming where it is.
 */
final class ProjectJsonReader extends JsonTree {

    ProjectJsonReader(JsonNode root) {
        super(root);
    }

    Project project() {
        JsonNode text = object(root, "text");
        return new Project(source(object(root, "source")), reading(object(root, "reading")),
                themes(object(root, "themes")), strings(text, "keptPersonalData"), strings(text, "extraStopwords"),
                range(object(root, "themeRange")), range(object(root, "viewRange")), edits(root),
                root.has("codebook") ? text(root, "codebook") : "");
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

    /** Theme options as a project (or a codebook's provenance) stores them; missing values take the defaults. */
    ThemeOptions themes(JsonNode node) {
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
            case ProjectEditTypes.DEPARTMENT:
                return new ThemeEdit.Department((int) integer(e, "theme"), text(e, "department"));
            case ProjectEditTypes.ACCEPT:
                return new ThemeEdit.Accept((int) integer(e, "theme"));
            default:
                throw new BadField(pointer(e, "type"), "unknown kind of edit '" + type + "' (known: "
                        + ProjectEditTypes.ALL + ")");
        }
    }
}
