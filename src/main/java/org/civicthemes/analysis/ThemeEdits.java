package org.civicthemes.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeIdentity;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.model.WeightedTerm;

/**
 * Applies the analyst's edits that need no text (rename, merge, delete, move) to a run, giving a new run.
 * After each edit the themes are sorted again by size then label, so ids stay positions; Unclear and No
 * description are counted again. A merged theme's terms are the members' terms weighted by size, its
 * representatives alternate between the members (largest first), and its cohesion is the members' cohesion
 * weighted by size.
 */
public final class ThemeEdits {

    private ThemeEdits() {
    }

    /**
     * @throws IllegalArgumentException when the edit names a theme or request the run does not hold, or a name
     *                                  another theme already has
     */
    public static ThemeRun apply(ThemeRun run, ThemeEdit.Regrouping edit) {
        if (edit instanceof ThemeEdit.Rename rename) {
            return rename(run, rename);
        }
        if (edit instanceof ThemeEdit.Merge merge) {
            return merge(run, merge);
        }
        if (edit instanceof ThemeEdit.Delete delete) {
            return delete(run, delete);
        }
        if (edit instanceof ThemeEdit.Department department) {
            return department(run, department);
        }
        if (edit instanceof ThemeEdit.Accept accept) {
            return accept(run, accept);
        }
        return move(run, (ThemeEdit.Move) edit); // the last kind of the sealed Regrouping
    }

    private static ThemeRun department(ThemeRun run, ThemeEdit.Department edit) {
        themeOf(run, edit.theme());
        List<String> departments = departmentsOf(run);
        departments.set(edit.theme(), edit.department());
        return withIdentity(run, run.identity().withDepartments(departments));
    }

    private static ThemeRun accept(ThemeRun run, ThemeEdit.Accept edit) {
        Theme theme = themeOf(run, edit.theme());
        ThemeIdentity old = run.identity();
        if (!old.isProposed(edit.theme())) {
            throw new IllegalArgumentException("'" + theme.label() + "' is not a proposed new theme: only those can "
                    + "be accepted");
        }
        List<Boolean> proposed = new ArrayList<>(old.proposed());
        proposed.set(edit.theme(), false);
        return withIdentity(run, new ThemeIdentity(old.ids(), proposed, old.nextId(), old.codebook(),
                old.departments()));
    }

    /** Each theme's department, by position, as a list that may be changed. */
    private static List<String> departmentsOf(ThemeRun run) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < run.themes().themes().size(); p++) {
            out.add(run.identity().departmentOf(p));
        }
        return out;
    }

    private static ThemeRun withIdentity(ThemeRun run, ThemeIdentity identity) {
        return new ThemeRun(run.themes(), run.requestIndexes(), run.range(), run.redactions(), run.languages(),
                identity);
    }

    private static ThemeRun rename(ThemeRun run, ThemeEdit.Rename edit) {
        Theme theme = themeOf(run, edit.theme());
        checkNameFree(run, edit.label(), Set.of(edit.theme()));
        List<Theme> themes = new ArrayList<>(run.themes().themes());
        themes.set(edit.theme(), new Theme(theme.id(), edit.label(), theme.size(), theme.share(), theme.topTerms(),
                theme.representatives(), theme.cohesion()));
        return rebuild(run, themes, run.themes().assignment().toArray(), run.themes().assignment().typicalityArray());
    }

    /**
     * The merged theme keeps the id of its largest member; in a run placed by a codebook, of its largest codebook
     * theme (a proposed theme merged into a codebook theme joins it). It goes to the department of that member, or of
     * the first member that names one.
     */
    private static ThemeRun merge(ThemeRun run, ThemeEdit.Merge edit) {
        ThemeIdentity identity = run.identity();
        List<Theme> members = edit.themes().stream().map(id -> themeOf(run, id))
                .sorted(Comparator.comparing((Theme t) -> identity.isProposed(t.id()))
                        .thenComparing(Comparator.comparingInt(Theme::size).reversed()).thenComparingInt(Theme::id))
                .toList();
        checkNameFree(run, edit.label(), new TreeSet<>(edit.themes()));
        int into = members.get(0).id();
        String department = members.stream().map(t -> identity.departmentOf(t.id())).filter(d -> !d.isEmpty())
                .findFirst().orElse("");
        if (!department.equals(identity.departmentOf(into))) {
            List<String> departments = departmentsOf(run);
            departments.set(into, department);
            ThemeRun withDepartment = withIdentity(run, identity.withDepartments(departments));
            return merge(withDepartment, edit);
        }
        int[] assignment = run.themes().assignment().toArray();
        for (int d = 0; d < assignment.length; d++) {
            if (edit.themes().contains(assignment[d])) {
                assignment[d] = into;
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : run.themes().themes()) {
            if (theme.id() == into) {
                themes.add(merged(members, edit.label()));
            } else if (!edit.themes().contains(theme.id())) {
                themes.add(theme);
            }
        }
        return rebuild(run, themes, assignment, run.themes().assignment().typicalityArray());
    }

    private static ThemeRun delete(ThemeRun run, ThemeEdit.Delete edit) {
        themeOf(run, edit.theme());
        int[] assignment = run.themes().assignment().toArray();
        for (int d = 0; d < assignment.length; d++) {
            if (assignment[d] == edit.theme()) {
                assignment[d] = ThemeAssignment.UNCLEAR;
            }
        }
        List<Theme> themes = new ArrayList<>(run.themes().themes());
        themes.remove(edit.theme());
        return rebuild(run, themes, assignment, run.themes().assignment().typicalityArray());
    }

    private static ThemeRun move(ThemeRun run, ThemeEdit.Move edit) {
        if (edit.theme() != ThemeAssignment.UNCLEAR) {
            themeOf(run, edit.theme());
        }
        Map<Integer, Integer> documentOfRequest = new HashMap<>();
        for (int d = 0; d < run.requestIndexes().size(); d++) {
            documentOfRequest.put(run.requestIndexes().get(d), d);
        }
        int[] assignment = run.themes().assignment().toArray();
        float[] typicality = run.themes().assignment().typicalityArray();
        Set<Integer> moved = new TreeSet<>();
        for (int request : edit.requests()) {
            Integer d = documentOfRequest.get(request);
            if (d == null || assignment[d] == ThemeAssignment.NOT_GROUPED) {
                throw new IllegalArgumentException("Request " + request + " is not in these themes");
            }
            if (assignment[d] == ThemeAssignment.NO_DESCRIPTION) {
                throw new IllegalArgumentException("Request " + request + " has no description to put in a theme");
            }
            assignment[d] = edit.theme();
            moved.add(d);
            if (typicality != null) {
                typicality[d] = ThemeAssignment.MOVED; // the analyst's choice, not the engine's: after its members
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (Theme theme : run.themes().themes()) {
            List<Integer> kept = theme.representatives().stream()
                    .filter(d -> !moved.contains(d) || edit.theme() == theme.id()).toList();
            themes.add(new Theme(theme.id(), theme.label(), theme.size(), theme.share(), theme.topTerms(), kept,
                    theme.cohesion()));
        }
        return rebuild(run, themes, assignment, typicality);
    }

    /**
     * Replaces a theme by the themes found among its own requests. Document {@code i} of {@code parts} is the
     * {@code i}-th member of the theme in run order ({@link ThemeAssignment#documentsOf}); members the parts left
     * in Unclear or without description go to the largest part, since they belonged to this theme. A part's
     * label that another theme already has gets " (2)", " (3)".
     *
     * @throws IllegalArgumentException when the parts do not cover the theme's members, or found fewer than two themes
     */
    public static ThemeRun split(ThemeRun run, int theme, ThemeSet parts) {
        themeOf(run, theme);
        int[] members = run.themes().assignment().documentsOf(theme);
        if (parts.assignment().documentCount() != members.length) {
            throw new IllegalArgumentException("The parts hold " + parts.assignment().documentCount()
                    + " requests; the theme has " + members.length);
        }
        if (parts.themes().size() < 2) {
            throw new IllegalArgumentException("These requests are too alike to split into two or more themes");
        }
        int firstId = run.themes().themes().size();
        Set<String> taken = new TreeSet<>();
        run.themes().themes().stream().filter(t -> t.id() != theme)
                .forEach(t -> taken.add(t.label().toLowerCase(Locale.ROOT)));
        List<Theme> themes = new ArrayList<>(run.themes().themes());
        themes.remove(theme);
        for (Theme part : parts.themes()) {
            String label = part.label();
            for (int n = 2; taken.contains(label.toLowerCase(Locale.ROOT)); n++) {
                label = part.label() + " (" + n + ")";
            }
            taken.add(label.toLowerCase(Locale.ROOT));
            List<Integer> representatives = part.representatives().stream().map(i -> members[i]).toList();
            themes.add(new Theme(firstId + part.id(), label, part.size(), 0, part.topTerms(), representatives,
                    part.cohesion()));
        }
        int[] assignment = run.themes().assignment().toArray();
        float[] typicality = run.themes().assignment().typicalityArray();
        for (int i = 0; i < members.length; i++) {
            int part = parts.assignment().themeOf(i);
            assignment[members[i]] = firstId + Math.max(0, part);
            if (typicality != null) {
                // how typical of its part; a member the parts left out goes after the part's own members
                typicality[members[i]] = part < 0 || !parts.assignment().hasTypicality() ? ThemeAssignment.MOVED
                        : parts.assignment().typicality(i);
            }
        }
        // the parts go where the theme went: its department
        return rebuild(run, themes, assignment, typicality, run.identity().departmentOf(theme));
    }

    private static ThemeRun rebuild(ThemeRun run, List<Theme> themes, int[] assignment, float[] typicality) {
        return rebuild(run, themes, assignment, typicality, "");
    }

    /**
     * Counts sizes from the assignment, sorts by size then label, renumbers, and counts the special groups.
     *
     * @param newDepartment the department of the themes that are new (the parts of a split theme)
     */
    private static ThemeRun rebuild(ThemeRun run, List<Theme> themes, int[] assignment, float[] typicality,
                                    String newDepartment) {
        Map<Integer, Integer> sizes = new HashMap<>();
        int unclear = 0;
        int noDescription = 0;
        int grouped = 0;
        for (int t : assignment) {
            if (t >= 0) {
                sizes.merge(t, 1, Integer::sum);
            }
            unclear += t == ThemeAssignment.UNCLEAR ? 1 : 0;
            noDescription += t == ThemeAssignment.NO_DESCRIPTION ? 1 : 0;
            grouped += t == ThemeAssignment.NOT_GROUPED ? 0 : 1;
        }
        List<Theme> order = themes.stream()
                .sorted(Comparator.comparingInt((Theme t) -> -sizes.getOrDefault(t.id(), 0))
                        .thenComparing(Theme::label).thenComparingInt(Theme::id))
                .toList();
        Map<Integer, Integer> newId = new HashMap<>();
        List<Theme> renumbered = new ArrayList<>();
        for (Theme theme : order) {
            int id = renumbered.size();
            int size = sizes.getOrDefault(theme.id(), 0);
            newId.put(theme.id(), id);
            renumbered.add(new Theme(id, theme.label(), size, ThemeSet.share(size, grouped), theme.topTerms(),
                    theme.representatives(), theme.cohesion()));
        }
        int[] renumberedAssignment = new int[assignment.length];
        for (int d = 0; d < assignment.length; d++) {
            int t = assignment[d];
            renumberedAssignment[d] = t >= 0 ? newId.get(t) : t;
        }
        ThemeSet old = run.themes();
        ThemeSet set = new ThemeSet(renumbered, new ThemeAssignment(renumberedAssignment, typicality),
                new ThemeGroup(old.unclear().label(), unclear, ThemeSet.share(unclear, grouped)),
                new ThemeGroup(old.noDescription().label(), noDescription, ThemeSet.share(noDescription, grouped)),
                old.options(), old.kScores(), old.meaning());
        return new ThemeRun(set, run.requestIndexes(), run.range(), run.redactions(), run.languages(),
                identityAfter(run, order, newDepartment));
    }

    /**
     * The ids of the themes in their new order: a theme keeps its id (a merge keeps the id of its largest member),
     * a part of a split theme gets the next free id. Runs numbered by position stay so.
     */
    private static ThemeIdentity identityAfter(ThemeRun run, List<Theme> order, String newDepartment) {
        ThemeIdentity old = run.identity();
        int known = run.themes().themes().size();
        List<String> departments = new ArrayList<>();
        for (Theme theme : order) {
            departments.add(theme.id() < known ? old.departmentOf(theme.id()) : newDepartment);
        }
        if (old.ids().isEmpty()) {
            return old.withDepartments(departments);
        }
        int next = old.nextId();
        List<Integer> ids = new ArrayList<>();
        List<Boolean> proposed = new ArrayList<>();
        for (Theme theme : order) {
            boolean existing = theme.id() < known;
            ids.add(existing ? old.idOf(theme.id()) : next++);
            proposed.add(existing && old.isProposed(theme.id()));
        }
        return new ThemeIdentity(ids, proposed, next, old.codebook(), departments);
    }

    private static Theme merged(List<Theme> members, String label) {
        int size = members.stream().mapToInt(Theme::size).sum();
        Map<String, WeightedTerm> byTerm = new LinkedHashMap<>();
        Map<String, Double> weights = new HashMap<>();
        int terms = 0;
        for (Theme member : members) {
            terms = Math.max(terms, member.topTerms().size());
            for (WeightedTerm term : member.topTerms()) {
                byTerm.putIfAbsent(term.term(), term);
                weights.merge(term.term(), term.weight() * member.size() / Math.max(1, size), Double::sum);
            }
        }
        List<WeightedTerm> topTerms = byTerm.values().stream()
                .map(t -> new WeightedTerm(t.term(), t.display(), weights.get(t.term())))
                .sorted(Comparator.comparingDouble(WeightedTerm::weight).reversed().thenComparing(WeightedTerm::term))
                .limit(terms).toList();
        int representatives = members.stream().mapToInt(m -> m.representatives().size()).max().orElse(0);
        List<Integer> alternating = new ArrayList<>();
        for (int i = 0; alternating.size() < representatives; i++) {
            boolean any = false;
            for (Theme member : members) {
                if (i < member.representatives().size() && alternating.size() < representatives) {
                    alternating.add(member.representatives().get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        double cohesion = members.stream().mapToDouble(m -> m.cohesion() * m.size()).sum() / Math.max(1, size);
        return new Theme(members.get(0).id(), label, size, 0, topTerms, alternating, cohesion);
    }

    private static Theme themeOf(ThemeRun run, int id) {
        List<Theme> themes = run.themes().themes();
        if (id < 0 || id >= themes.size()) {
            throw new IllegalArgumentException("There is no theme " + id + "; the run has " + themes.size());
        }
        return themes.get(id);
    }

    private static void checkNameFree(ThemeRun run, String label, Set<Integer> except) {
        String wanted = label.toLowerCase(Locale.ROOT);
        for (Theme theme : run.themes().themes()) {
            if (!except.contains(theme.id()) && theme.label().toLowerCase(Locale.ROOT).equals(wanted)) {
                throw new IllegalArgumentException("Another theme is already called '" + theme.label()
                        + "'; choose another name, or merge the two themes");
            }
        }
    }

}
