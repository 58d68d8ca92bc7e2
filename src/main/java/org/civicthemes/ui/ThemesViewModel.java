package org.civicthemes.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicthemes.analysis.RangeCounts;
import org.civicthemes.analysis.RangeFilter;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.analysis.ThemeChange;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.analysis.TrendPoint;
import org.civicthemes.analysis.Trends;
import org.civicthemes.analysis.Period;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.KChoiceRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeGroup;
import org.civicthemes.model.ThemeRun;

/**
 * The themes table and the selected theme: sizes, shares, sparklines and change in the filter, the selected
 * theme's terms, representative requests and all its requests (narrowed by a search). Recomputes from each
 * {@link ViewState}; a filter change is a sum over precomputed day counts, not a scan of the requests.
 */
public final class ThemesViewModel implements FilterChoices {

    private static final UnaryOperator<String> DEFAULT_REDACTION = org.civicthemes.workflow.TextChoices.DEFAULTS
            .redaction();

    private final ObservableValue<ViewState> state;
    private final ObservableList<ThemeRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ThemeRow> selected = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<RequestRow> requests = FXCollections.observableArrayList();
    private final ObservableList<RequestRow> examples = FXCollections.observableArrayList();
    private final ObjectProperty<RequestRow> selectedRequest = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper requestHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper terms = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changeExplained = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SinceCodebook> sinceCodebook = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RequestThemes> requestThemes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> firstDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    // Read-only views made once and kept: an unmodifiable view listens to its list only weakly, so a view made anew
    // on each call is collected with the listeners added to it, and they stop hearing of changes (issue 15).
    private final ObservableList<ThemeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<RequestRow> requestsView = FXCollections.unmodifiableObservableList(requests);
    private final ObservableList<RequestRow> examplesView = FXCollections.unmodifiableObservableList(examples);
    private final ObservableList<String> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObservableList<String> districtsView = FXCollections.unmodifiableObservableList(districts);

    private Dataset countedDataset;
    private ThemeRun countedRun;
    private String countedCategory;
    private String countedDistrict;
    private ThemeDayCounts dayCounts;
    private ThemeRun filtered;
    /** The requests' documents of the last run counted (touched only by the counting thread). */
    private volatile RequestThemes themedRequests;
    /** Texts of the selected theme as shown, made once each: a sort by text compares them n log n times. */
    private final Map<String, String> shownTexts = new HashMap<>();
    private UnaryOperator<String> shownBy;

    private final BackgroundRunner runner;
    private BackgroundRunner.Handle counting;
    /** The state the table shows, and whose run the selected row's theme id belongs to. */
    private ViewState shownState;
    /** Set while the search is cleared for a new file, so the requests are not listed for the old one. */
    private boolean clearingSearch;

    /** Counts on the calling thread (view-model tests). */
    public ThemesViewModel(ObservableValue<ViewState> state) {
        this(state, BackgroundRunner.SAME_THREAD);
    }

    /**
     * @param runner where the counts of a new state are made (a worker in the application, so a filter change on a
     *               million requests never holds the window); the newest state wins
     */
    public ThemesViewModel(ObservableValue<ViewState> state, BackgroundRunner runner) {
        this.state = state;
        this.runner = runner;
        state.addListener((o, before, after) -> refresh());
        selected.addListener((o, before, after) -> showSelected());
        search.addListener((o, before, after) -> {
            if (!clearingSearch) {
                showRequests();
            }
        });
        selectedRequest.addListener((o, before, after) -> showRequest());
        refresh();
    }

    /**
     * The theme of every imported request in the run shown, by position in the dataset (the All requests tab).
     *
     * @param documentOf the run's document of each request, -1 for a request the run did not group
     */
    public record RequestThemes(Dataset dataset, ThemeRun run, int[] documentOf) {

        /** The label of the theme of the request at {@code index} of the dataset; empty when it was not grouped. */
        public String labelOf(int index) {
            if (index < 0 || index >= documentOf.length || documentOf[index] < 0) {
                return "";
            }
            return run.labelOf(run.themes().assignment().themeOf(documentOf[index]));
        }
    }

    /** What one state looks like in the table, computed away from the FX thread. */
    private record Counted(ViewState state, ThemeRun filtered, LocalDate firstDay, LocalDate lastDay,
                           List<ThemeRow> rows, String summary, String changeExplained, List<String> categories,
                           List<String> districts, ThemeRow followedFrom, Integer follow,
                           RequestThemes requestThemes, SinceCodebook since) {
    }

    /**
     * Where the analyst is: the selected theme of the run shown, and the order of the table's themes.
     *
     * @param order the theme ids of the rows, as listed
     */
    private record Place(ViewState state, ThemeRow row, List<Integer> order) {

        int themeId() {
            return row.themeId();
        }
    }

    private void refresh() {
        ViewState s = state.getValue();
        if (counting != null) {
            counting.cancel();
        }
        if (s == null) {
            rows.clear();
            selected.set(null);
            shownState = null;
            requestThemes.set(null);
            sinceCodebook.set(null);
            return;
        }
        Place place = shownState == null || selected.get() == null ? null : new Place(shownState,
                selected.get(), rows.stream().map(ThemeRow::themeId).toList());
        counting = runner.start((progress, cancel) -> count(s, place), new BackgroundRunner.Callbacks<>(this::show,
                e -> summary.set("The counts could not be made (" + e.getMessage() + ")."), () -> { },
                org.civicthemes.progress.ProgressListener.NONE));
    }

    /** Runs on the runner's thread: touches only the count caches, never a property. */
    private Counted count(ViewState s, Place place) {
        List<String> newCategories = null;
        List<String> newDistricts = null;
        if (s.dataset() != countedDataset) {
            newCategories = distinct(s.dataset(), ServiceRequest::category);
            newDistricts = distinct(s.dataset(), ServiceRequest::district);
        }
        countDays(s);
        RequestThemes themed = themedRequests;
        if (themed == null || themed.dataset() != s.dataset() || themed.run() != s.run()) {
            themed = new RequestThemes(s.dataset(), s.run(), documentsByRequest(s.run(), s.dataset().size()));
            themedRequests = themed;
        }
        String[] explained = {""};
        SinceCodebook since = s.sinceCodebook();
        List<ThemeRow> counted = rowsOf(s, explained, since);
        return new Counted(s, s.filteredRun(), dayCounts.firstDay(), dayCounts.lastDay(), counted,
                summaryOf(s, counted), explained[0], newCategories, newDistricts,
                place == null ? null : place.row(), follow(place, s, themed.documentOf()), themed, since);
    }

    /**
     * The theme id to select after an edit, undo or redo, or null to keep the selection by label: the theme that now
     * holds most of the selected theme's requests (a renamed, merged or split theme, or the same theme after an undo);
     * when they went to Unclear (a deleted theme), the next theme of the table, else the one before it.
     */
    private static Integer follow(Place place, ViewState s, int[] documentOf) {
        if (place == null || place.state().dataset() != s.dataset() || place.state().run() == s.run()) {
            return null;
        }
        ThemeRun before = place.state().run();
        int target = follow(before, place.themeId(), s.run(), documentOf);
        if (target >= 0 || place.themeId() < 0) {
            return target == NOWHERE ? null : target;
        }
        int at = place.order().indexOf(place.themeId());
        for (int step : new int[] {1, -1}) {
            for (int i = at + step; i >= 0 && i < place.order().size(); i += step) {
                int id = place.order().get(i);
                int now = id < 0 ? NOWHERE : follow(before, id, s.run(), documentOf);
                if (now >= 0) {
                    return now;
                }
            }
        }
        return null;
    }

    private static final int NOWHERE = Integer.MIN_VALUE;

    /** The theme of {@code after} holding most of the requests of theme {@code themeId} of {@code before}. */
    private static int follow(ThemeRun before, int themeId, ThemeRun after, int[] documentOf) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int d : before.themes().assignment().documentsOf(themeId)) {
            int now = documentOf[before.requestIndexes().get(d)];
            if (now >= 0) {
                votes.merge(after.themes().assignment().themeOf(now), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(NOWHERE);
    }

    private static int[] documentsByRequest(ThemeRun run, int requests) {
        int[] documentOf = new int[requests];
        java.util.Arrays.fill(documentOf, -1);
        for (int d = 0; d < run.requestIndexes().size(); d++) {
            documentOf[run.requestIndexes().get(d)] = d;
        }
        return documentOf;
    }

    private void show(Counted c) {
        if (c.state() != state.getValue()) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().label();
        // the theme that holds the selected theme's requests now, unless the analyst chose another one meanwhile
        Integer follow = selected.get() != null && selected.get().equals(c.followedFrom()) ? c.follow() : null;
        if (shownState != null && shownState.dataset() != c.state().dataset() && !search.get().isEmpty()) {
            clearingSearch = true; // a new file: the last file's search would hide its requests
            try {
                search.set("");
            } finally {
                clearingSearch = false;
            }
        }
        shownState = c.state();
        if (c.categories() != null) {
            categories.setAll(c.categories());
            districts.setAll(c.districts());
        }
        requestThemes.set(c.requestThemes());
        firstDay.set(c.firstDay());
        lastDay.set(c.lastDay());
        filtered = c.filtered();
        changeExplained.set(c.changeExplained());
        sinceCodebook.set(c.since());
        rows.setAll(c.rows());
        summary.set(c.summary());
        ThemeRow again = rows.stream().filter(r -> follow != null && r.themeId() == follow).findFirst()
                .or(() -> rows.stream().filter(r -> r.label().equals(keep)).findFirst())
                .orElse(rows.isEmpty() ? null : rows.get(0));
        if (again != null && selected.get() != null && again.equals(selected.get())) {
            showSelected();
        } else {
            selected.set(again);
        }
    }

    /** Day counts of the run narrowed by category and district, computed again only when those change. */
    private void countDays(ViewState s) {
        RequestFilter f = s.filter();
        if (s.dataset() == countedDataset && s.run() == countedRun && f.category().equals(countedCategory)
                && f.district().equals(countedDistrict)) {
            return;
        }
        ThemeRun base = f.category().isEmpty() && f.district().isEmpty() ? s.run()
                : RangeFilter.restrict(s.dataset(), s.run(), DateRange.ALL, f::keeps);
        dayCounts = ThemeDayCounts.of(s.dataset(), base);
        countedDataset = s.dataset();
        countedRun = s.run();
        countedCategory = f.category();
        countedDistrict = f.district();
    }

    private List<ThemeRow> rowsOf(ViewState s, String[] explained, SinceCodebook since) {
        DateRange range = s.filter().range();
        int k = s.run().themes().themes().size();
        RangeCounts counts = dayCounts.countsIn(range);
        long[] size = new long[ThemeGroups.count(k)];
        long total = 0;
        for (int g = 0; g < size.length; g++) {
            size[g] = counts.count(g) + (range.isAll() ? dayCounts.undated(g) : 0);
            total += size[g];
        }
        List<List<Long>> monthly = monthly(range, size.length);
        List<ThemeChange> changes = ThemeChange.of(dayCounts, range);
        String periods = changes.isEmpty() ? "" : changes.get(0).periods();
        explained[0] = periods.isEmpty() ? "Change needs two months with requests in the filter."
                : "Change: " + periods + ", per day.";
        List<ThemeRow> out = new ArrayList<>();
        for (int g = 0; g < size.length; g++) {
            int themeId = ThemeGroups.themeId(g, k);
            ThemeChange change = changes.get(g);
            boolean special = themeId < 0;
            if (special && size[g] == 0) {
                continue;
            }
            org.civicthemes.model.ThemeIdentity identity = s.run().identity();
            out.add(new ThemeRow(themeId, s.run().labelOf(themeId), size[g], total == 0 ? 0 : size[g] / (double) total,
                    monthly.get(g), change, special, special ? 0 : identity.idOf(themeId),
                    !special && identity.isProposed(themeId), special ? "" : identity.departmentOf(themeId),
                    ThemeRow.Since.of(since, themeId)));
        }
        return out;
    }

    private List<List<Long>> monthly(DateRange range, int groups) {
        List<List<Long>> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            out.add(new ArrayList<>());
        }
        if (dayCounts.firstDay() == null) {
            return out;
        }
        for (TrendPoint p : Trends.of(dayCounts, range, Period.MONTH)) {
            out.get(p.group()).add(p.count());
        }
        return out;
    }

    private String summaryOf(ViewState s, List<ThemeRow> counted) {
        long total = counted.stream().mapToLong(ThemeRow::size).sum();
        long themes = counted.stream().filter(r -> !r.special()).count();
        StringBuilder b = new StringBuilder(String.format(Locale.US, "%,d requests · %d themes", total, themes));
        DateRange range = s.filter().range();
        if (!range.isAll()) {
            b.append(" · ").append(range.from() == null ? "start" : range.from()).append(" to ")
                    .append(range.to() == null ? "end" : range.to());
            long undated = dayCounts.countsIn(range).undated();
            if (undated > 0) {
                b.append(String.format(Locale.US, " (%,d requests without a date are left out)", undated));
            }
        }
        if (!s.filter().category().isEmpty()) {
            b.append(" · category ").append(s.filter().category());
        }
        if (!s.filter().district().isEmpty()) {
            b.append(" · district ").append(s.filter().district());
        }
        KChoiceRange.of(s.run().themes().kScores()).filter(KChoiceRange::hasAlternatives)
                .ifPresent(r -> b.append(" · ").append(r.describe()).append(" themes fit nearly as well"));
        return b.toString();
    }

    private void showSelected() {
        ThemeRow row = selected.get();
        ViewState s = state.getValue();
        if (row == null || s == null) {
            terms.set("");
            examples.clear();
            requests.clear();
            selectedRequest.set(null);
            return;
        }
        if (row.special()) {
            terms.set(row.themeId() == ThemeAssignment.UNCLEAR
                    ? "Requests that fit no theme well. Select some and move them to a theme (right-click)."
                    : "Requests with no text to group.");
            examples.clear();
        } else {
            Theme theme = filtered.themes().themes().get(row.themeId());
            terms.set(theme.topTerms().stream().map(t -> t.display()).collect(Collectors.joining(", ")));
            examples.setAll(theme.representatives().stream().map(d -> rowOf(s, filtered, d)).toList());
        }
        showRequests();
    }

    private void showRequests() {
        ThemeRow row = selected.get();
        ViewState s = state.getValue();
        if (row == null || s == null) {
            requests.clear();
            selectedRequest.set(null);
            return;
        }
        shownTexts.clear(); // keeps the texts of the rows listed, not of every theme opened
        List<String> words = SearchWords.of(search.get());
        int[] documents = filtered.themes().assignment().documentsOf(row.themeId());
        List<RequestRow> out = new ArrayList<>(documents.length);
        for (int d : documents) {
            ServiceRequest r = s.dataset().requests().get(filtered.requestIndexes().get(d));
            if (SearchWords.matches(r.text(), words)) {
                out.add(rowOf(s, filtered, d));
            }
        }
        requests.setAll(out);
        if (selectedRequest.get() != null && !out.contains(selectedRequest.get())) {
            selectedRequest.set(null);
        } else {
            showRequest(); // the same request, perhaps redacted another way now
        }
    }

    private static final java.time.format.DateTimeFormatter DAY_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    /** The full text of the selected request, as the tables show it (redacted), and where it comes from. */
    private void showRequest() {
        RequestRow r = selectedRequest.get();
        if (r == null) {
            requestHeading.set("");
            requestText.set("");
            return;
        }
        List<String> about = new ArrayList<>();
        about.add("Row " + r.sourceRow());
        if (r.created() != null) {
            about.add(DAY_TIME.format(r.created()));
        }
        for (String v : List.of(r.category(), r.district(), r.theme())) {
            if (v != null && !v.isBlank()) {
                about.add(v);
            }
        }
        requestHeading.set(String.join(" · ", about));
        requestText.set(shown(r.text()));
    }

    private static RequestRow rowOf(ViewState s, ThemeRun run, int document) {
        int index = run.requestIndexes().get(document);
        ServiceRequest r = s.dataset().requests().get(index);
        return new RequestRow(index, r.sourceRow(), r.created(), r.category(), r.district(), r.text(),
                run.labelOf(run.themes().assignment().themeOf(document)));
    }

    private static List<String> distinct(Dataset dataset, java.util.function.Function<ServiceRequest, String> column) {
        return dataset.requests().stream().map(column).filter(v -> !v.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The departments the themes name, in name order: the choices offered when setting a theme's department. */
    public List<String> departments() {
        ViewState s = state.getValue();
        if (s == null) {
            return List.of();
        }
        return s.run().identity().departments().stream().filter(d -> !d.isEmpty()).distinct().sorted().toList();
    }

    /** Whether the themes were placed by a codebook (they can be accepted, merged into, retired). */
    public boolean fromCodebook() {
        ViewState s = state.getValue();
        return s != null && s.run().identity().fromCodebook();
    }

    /**
     * The edit that merges a proposed new theme into an existing theme: its requests join that theme, which keeps its
     * id and name.
     *
     * @throws IllegalArgumentException when {@code proposed} is not a proposed theme or {@code into} is one
     */
    public static ThemeEdit mergeInto(ThemeRow proposed, ThemeRow into) {
        if (!proposed.proposed() || into.proposed() || into.special()) {
            throw new IllegalArgumentException("Choose a proposed new theme, and a codebook theme to merge it into");
        }
        return new ThemeEdit.Merge(List.of(into.themeId(), proposed.themeId()), into.label());
    }

    /** The theme ids of the given rows that are themes (not Unclear or No description). */
    static List<Integer> themeIds(List<ThemeRow> chosen) {
        return chosen.stream().filter(r -> !r.special()).map(ThemeRow::themeId).toList();
    }

    public ObservableList<ThemeRow> rows() {
        return rowsView;
    }

    public ObjectProperty<ThemeRow> selectedProperty() {
        return selected;
    }

    /** Selects the row of a theme id (or special group), when it is shown. */
    public void select(int themeId) {
        rows.stream().filter(r -> r.themeId() == themeId).findFirst().ifPresent(selected::set);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /**
     * A request's text as the tables show it: personal data replaced as the run redacted it (the rows keep the text
     * as imported, for searching; only the rows on screen are redacted, so a theme of 50,000 requests opens at once).
     * Each text of the listed requests is redacted once, so sorting the table by text costs one pass, not one
     * redaction per comparison. Call on the FX thread.
     */
    public String shown(String text) {
        ViewState s = state.getValue();
        if (text == null) {
            return null;
        }
        // before themes are found, with the default redaction (the All requests tab shows the file at once)
        UnaryOperator<String> by = s == null ? DEFAULT_REDACTION : s.shown();
        if (by != shownBy) {
            shownTexts.clear();
            shownBy = by;
        }
        return shownTexts.computeIfAbsent(text, shownBy);
    }

    public ObservableList<RequestRow> requests() {
        return requestsView;
    }

    public ObservableList<RequestRow> examples() {
        return examplesView;
    }

    /** The request whose full text is shown (the request table's or the representatives' selection). */
    public ObjectProperty<RequestRow> selectedRequestProperty() {
        return selectedRequest;
    }

    /** Where the selected request comes from: its row, date, category, district and theme. */
    public ReadOnlyStringProperty requestHeadingProperty() {
        return requestHeading.getReadOnlyProperty();
    }

    /** The whole text of the selected request, redacted as the tables show it; empty when none is selected. */
    public ReadOnlyStringProperty requestTextProperty() {
        return requestText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termsProperty() {
        return terms.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeExplainedProperty() {
        return changeExplained.getReadOnlyProperty();
    }

    /**
     * What changed since the codebook that placed the themes, over the requests in the filter; null for themes found
     * from scratch. Counted with the table, off the FX thread.
     */
    public ReadOnlyObjectProperty<SinceCodebook> sinceCodebookProperty() {
        return sinceCodebook.getReadOnlyProperty();
    }

    /** The theme of every imported request in the run shown; null before themes are found. */
    public ReadOnlyObjectProperty<RequestThemes> requestThemesProperty() {
        return requestThemes.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> firstDayProperty() {
        return firstDay.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> lastDayProperty() {
        return lastDay.getReadOnlyProperty();
    }

    @Override
    public ObservableList<String> categories() {
        return categoriesView;
    }

    @Override
    public ObservableList<String> districts() {
        return districtsView;
    }

    /** The theme labels an analyst can move requests to, by id (Unclear included). */
    public List<ThemeRow> moveTargets() {
        List<ThemeRow> targets = new ArrayList<>(rows.stream().filter(r -> !r.special()).toList());
        targets.add(new ThemeRow(ThemeAssignment.UNCLEAR, ThemeGroup.UNCLEAR, 0, 0, List.of(), null, true));
        return targets;
    }

}
