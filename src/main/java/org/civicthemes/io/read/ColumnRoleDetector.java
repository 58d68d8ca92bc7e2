package org.civicthemes.io.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.civicthemes.model.ColumnPreset;
import org.civicthemes.model.ColumnRole;

/**
 * Proposes which columns of an export play which {@link ColumnRole}, from the header names and a sample
 * of rows. Stateless and thread-safe.
 *
 * <p>Every column gets a score for every role: header evidence (the synonym table, normalised names)
 * weighed with value evidence (dates read by {@link DateColumnParser}, numbers in coordinate range,
 * distinct shares, words per value, street-like values). The confidence scale:
 * <ul>
 *   <li>0.9-1.0: the header names the role and the values agree;</li>
 *   <li>0.7-0.9: a header word suggests the role and the values agree, or a known header with values
 *       that agree only in part;</li>
 *   <li>0.4-0.7: values agree and the header says little (free text, a date column called "When"),
 *       or a header that speaks against the role (an "updated" date as the only date);</li>
 *   <li>below {@value #MIN_CONFIDENCE}: left out.</li>
 * </ul>
 * Roles are then given strongest first; a column takes at most one role. A preset's columns take
 * their roles (confidence 0.95, or 0.6 when the values disagree) before anything is detected.
 *
 * <p>The request text may join short title columns (summary, subject) in front of the main text
 * column, but never a title that mostly repeats the category: see {@link TitleJoin}.
 */
public final class ColumnRoleDetector {

    /** Roles detected with less confidence than this are left out of the mapping. */
    public static final double MIN_CONFIDENCE = RoleScorer.MIN_CONFIDENCE;

    private static final double PRESET_CONFIDENCE = 0.95;
    private static final double PRESET_DOUBTFUL = 0.6;

    /** Detects every role from headers and values. */
    public ColumnMapping detect(List<String> headers, List<List<String>> sampleRows) {
        return detect(headers, sampleRows, ColumnPreset.AUTO);
    }

    /**
     * Gives the preset's columns their roles, then detects the rest.
     *
     * @param headers    the column names in source order; a name that repeats an earlier one is ignored
     * @param sampleRows rows of cell values as read (see the package contract); short rows are padded
     *                   with blanks
     * @param preset     a known layout, or {@link ColumnPreset#AUTO}
     */
    public ColumnMapping detect(List<String> headers, List<List<String>> sampleRows, ColumnPreset preset) {
        Objects.requireNonNull(preset, "preset");
        List<ColumnProfile> columns = profiles(headers, sampleRows);
        Map<ColumnRole, ColumnAssignment> chosen = new EnumMap<>(ColumnRole.class);
        Set<ColumnProfile> used = new HashSet<>();
        applyPreset(preset, columns, chosen, used);
        detectRest(columns, chosen, used);
        return new ColumnMapping(new ArrayList<>(chosen.values()));
    }

    private static List<ColumnProfile> profiles(List<String> headers, List<List<String>> rows) {
        List<ColumnProfile> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i);
            if (name != null && !name.isBlank() && names.add(name)) {
                out.add(ColumnProfile.of(i, name, rows));
            }
        }
        return out;
    }

    private static void applyPreset(ColumnPreset preset, List<ColumnProfile> columns,
                                    Map<ColumnRole, ColumnAssignment> chosen, Set<ColumnProfile> used) {
        List<ColumnProfile> textColumns = new ArrayList<>();
        for (Map.Entry<String, ColumnRole> entry : preset.table()) {
            ColumnRole role = entry.getValue();
            Optional<ColumnProfile> column = columns.stream()
                    .filter(c -> c.normalisedName.equals(HeaderName.normalise(entry.getKey())) && !used.contains(c))
                    .findFirst();
            if (column.isEmpty() || (role != ColumnRole.REQUEST_TEXT && chosen.containsKey(role))) {
                continue;
            }
            used.add(column.get());
            if (role == ColumnRole.REQUEST_TEXT) {
                textColumns.add(column.get());
            } else {
                chosen.put(role, presetAssignment(preset, role, List.of(column.get()), columns));
            }
        }
        if (!textColumns.isEmpty()) {
            chosen.put(ColumnRole.REQUEST_TEXT, presetAssignment(preset, ColumnRole.REQUEST_TEXT, textColumns, columns));
        }
    }

    private static ColumnAssignment presetAssignment(ColumnPreset preset, ColumnRole role, List<ColumnProfile> picked,
                                                     List<ColumnProfile> columns) {
        ColumnProfile last = picked.get(picked.size() - 1);
        ColumnProfile created = role == ColumnRole.CLOSED_DATE ? likelyCreated(columns, Set.of()) : null;
        RoleScorer.ValueEvidence value = RoleScorer.value(role, last, created, 1.0);
        boolean agree = RoleScorer.valuesAgree(role, value);
        List<String> names = picked.stream().map(c -> c.name).toList();
        String headerText = names.size() == 1 ? "header '" + names.get(0) + "'" : "headers " + quoted(names);
        return new ColumnAssignment(role, names, agree ? PRESET_CONFIDENCE : PRESET_DOUBTFUL,
                preset.displayName() + " preset: " + headerText + "; " + value.text()
                        + (agree ? "" : " (the values do not look like it)"));
    }

    private static void detectRest(List<ColumnProfile> columns, Map<ColumnRole, ColumnAssignment> chosen,
                                   Set<ColumnProfile> used) {
        ColumnProfile created = chosen.containsKey(ColumnRole.CREATED_DATE)
                ? byName(columns, chosen.get(ColumnRole.CREATED_DATE).columns().get(0))
                : likelyCreated(columns, used);
        List<RoleCandidate> candidates = new ArrayList<>();
        for (ColumnRole role : ColumnRole.values()) {
            if (chosen.containsKey(role)) {
                continue;
            }
            for (ColumnProfile c : columns) {
                if (!used.contains(c)) {
                    RoleScorer.score(role, c, created).ifPresent(candidates::add);
                }
            }
        }
        candidates.sort(RoleCandidate.STRONGEST_FIRST);
        RoleCandidate text = null;
        for (RoleCandidate candidate : candidates) {
            if (!chosen.containsKey(candidate.role()) && !used.contains(candidate.column())) {
                chosen.put(candidate.role(), candidate.toAssignment());
                used.add(candidate.column());
                if (candidate.role() == ColumnRole.REQUEST_TEXT) {
                    text = candidate;
                }
            }
        }
        if (text != null) {
            chosen.put(ColumnRole.REQUEST_TEXT, withTitles(text, columns, chosen, used));
        }
    }

    /** The main text with any title columns joined in front. */
    private static ColumnAssignment withTitles(RoleCandidate text, List<ColumnProfile> columns,
                                               Map<ColumnRole, ColumnAssignment> chosen, Set<ColumnProfile> used) {
        ColumnProfile category = chosen.containsKey(ColumnRole.CATEGORY)
                ? byName(columns, chosen.get(ColumnRole.CATEGORY).columns().get(0)) : null;
        List<ColumnProfile> free = columns.stream().filter(c -> !used.contains(c)).toList();
        TitleJoin.Result join = TitleJoin.titlesFor(text.column(), free, TitleJoin.categoryLike(columns, category));
        List<String> names = new ArrayList<>();
        join.titles().forEach(t -> names.add(t.name));
        names.add(text.column().name);
        used.addAll(join.titles());
        StringBuilder evidence = new StringBuilder(text.evidence());
        if (!join.titles().isEmpty()) {
            evidence.append("; title ").append(quoted(names.subList(0, names.size() - 1))).append(" joined in front");
        }
        join.notes().forEach(note -> evidence.append("; ").append(note));
        return new ColumnAssignment(ColumnRole.REQUEST_TEXT, names, text.confidence(), evidence.toString());
    }

    /** The best created-date candidate among the free columns, for checking closed dates against. */
    private static ColumnProfile likelyCreated(List<ColumnProfile> columns, Set<ColumnProfile> used) {
        return columns.stream().filter(c -> !used.contains(c))
                .map(c -> RoleScorer.score(ColumnRole.CREATED_DATE, c, null))
                .flatMap(Optional::stream)
                .min(RoleCandidate.STRONGEST_FIRST)
                .map(RoleCandidate::column)
                .orElse(null);
    }

    private static ColumnProfile byName(List<ColumnProfile> columns, String name) {
        return columns.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").reduce((a, b) -> a + " + " + b).orElse("");
    }
}
