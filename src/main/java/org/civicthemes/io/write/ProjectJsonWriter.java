package org.civicthemes.io.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.Project;
import org.civicthemes.model.ProjectSource;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;

/** A {@link Project} as the JSON tree of a project file, fields in a fixed order (same project, same bytes). */
final class ProjectJsonWriter {

    private final ObjectMapper mapper;

    ProjectJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(Project project) {
        ObjectNode json = mapper.createObjectNode();
        json.put(ProjectFile.FORMAT_FIELD, ProjectFile.FORMAT_NAME);
        json.put(ProjectFile.VERSION_FIELD, ProjectFile.FORMAT_VERSION);
        json.set("source", source(project.source()));
        json.set("reading", reading(project.reading()));
        json.set("themes", themes(project.themeOptions()));
        ObjectNode text = json.putObject("text");
        strings(text.putArray("keptPersonalData"), project.keptPersonalData());
        strings(text.putArray("extraStopwords"), project.extraStopwords());
        json.set("themeRange", range(project.themeRange()));
        json.set("viewRange", range(project.viewRange()));
        if (project.usesCodebook()) {
            json.put("codebook", project.codebook());
        }
        ArrayNode edits = json.putArray("edits");
        project.edits().forEach(e -> edits.add(edit(e)));
        return json;
    }

    private ObjectNode source(ProjectSource s) {
        return mapper.createObjectNode()
                .put("absolutePath", s.absolutePath())
                .put("relativePath", s.relativePath())
                .put("sha256", s.sha256())
                .put("size", s.size());
    }

    private ObjectNode reading(ImportOptions o) {
        ObjectNode node = mapper.createObjectNode();
        node.put("sheet", o.sheet());
        node.put("headerRow", o.headerRow());
        node.put("preset", o.preset().key());
        ObjectNode columns = node.putObject("columns");
        o.columns().forEach((role, names) -> strings(columns.putArray(role.key()), names));
        return node;
    }

    /** Theme options, every value written (so a change of the defaults later does not change what was saved). */
    ObjectNode themes(ThemeOptions o) {
        ObjectNode node = mapper.createObjectNode();
        if (o.themes().isAuto()) {
            node.put("count", o.themes().toString());
        } else {
            node.put("count", o.themes().fixed());
        }
        return node.put("seed", o.seed())
                .put("autoMinK", o.autoMinK())
                .put("autoMaxK", o.autoMaxK())
                .put("restarts", o.restarts())
                .put("maxIterations", o.maxIterations())
                .put("lsaDimensions", o.lsaDimensions())
                .put("minDf", o.minDf())
                .put("maxDfShare", o.maxDfShare())
                .put("sublinearTf", o.sublinearTf())
                .put("unclearThreshold", o.unclearThreshold())
                .put("topTerms", o.topTerms())
                .put("representatives", o.representatives())
                .put("autoSample", o.autoSample())
                .put("meaning", o.meaning());
    }

    private ObjectNode range(DateRange r) {
        return mapper.createObjectNode()
                .put("from", r.from() == null ? null : r.from().toString())
                .put("to", r.to() == null ? null : r.to().toString());
    }

    private ObjectNode edit(ThemeEdit edit) {
        ObjectNode node = mapper.createObjectNode().put("type", ProjectEditTypes.nameOf(edit));
        if (edit instanceof ThemeEdit.Rename r) {
            node.put("theme", r.theme()).put("label", r.label());
        } else if (edit instanceof ThemeEdit.Merge m) {
            ArrayNode themes = node.putArray("themes");
            m.themes().forEach(themes::add);
            node.put("label", m.label());
        } else if (edit instanceof ThemeEdit.Delete d) {
            node.put("theme", d.theme());
        } else if (edit instanceof ThemeEdit.Move m) {
            node.put("theme", m.theme());
            ArrayNode requests = node.putArray("requests");
            m.requests().forEach(requests::add);
        } else if (edit instanceof ThemeEdit.Split s) {
            node.put("theme", s.theme()).put("parts", s.parts());
        } else if (edit instanceof ThemeEdit.Department d) {
            node.put("theme", d.theme()).put("department", d.department());
        } else if (edit instanceof ThemeEdit.Accept a) {
            node.put("theme", a.theme());
        }
        return node;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
