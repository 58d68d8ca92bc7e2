package org.civicthemes.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicthemes.analysis.FaqCandidate;
import org.civicthemes.analysis.ThemeGroups;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.workflow.CityFaqService;
import org.civicthemes.workflow.TextChoices;

/**
 * What residents ask (issue 19): the questions and asks of the requests in the filter, grouped by meaning within each
 * theme, and, once the analyst loads the city's FAQ, which of them it answers. Both are computed in the background;
 * the questions follow the filter and the edits only while the view is shown ({@link #shownProperty()}).
 */
public final class FaqViewModel {

    /** One question as the table shows it. */
    public record Row(String theme, String question, int count, String latestMonth, String kind, String faqEntry,
                      boolean covered, String otherWordings, String sourceRows) {
    }

    private final CityFaqService service;
    private final AnalysisViewModel analysis;
    private final JobState job;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CityFaq> cityFaq = new ReadOnlyObjectWrapper<>(CityFaq.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty onlyToWrite = new SimpleBooleanProperty(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private ViewState computedFor;
    private CityFaq computedWith;
    private Path pendingFaq;

    public FaqViewModel(CityFaqService service, AnalysisViewModel analysis, BackgroundRunner runner) {
        this.service = service;
        this.analysis = analysis;
        this.job = new JobState(runner, "Finding what residents ask");
        analysis.stateProperty().addListener((o, before, after) -> refreshIfShown());
        shown.addListener((o, before, after) -> refreshIfShown());
        onlyToWrite.addListener((o, before, after) -> filterRows());
    }

    /** Reads the city's FAQ in the background, then matches the questions with it; a bad file leaves all as it was. */
    public void loadFaq(Path file) {
        if (!job.start("Reading the city's FAQ…", (progress, cancel) -> service.read(file), faq -> {
            cityFaq.set(faq);
            job.say("Read " + faq.entries().size() + " questions of " + faq.fileName());
            refresh();
        })) {
            pendingFaq = file;
        }
    }

    /** Finds the questions of the requests in the filter again, unless they are already those of the state shown. */
    public void refresh() {
        ViewState state = analysis.stateProperty().get();
        if (state == null) {
            all.clear();
            filterRows();
            computedFor = null;
            return;
        }
        if (state == computedFor && cityFaq.get() == computedWith) {
            return;
        }
        CityFaq faq = cityFaq.get();
        TextChoices text = analysis.choices().text();
        boolean started = job.start("Finding what residents ask…", (progress, cancel) -> {
            ThemeRun run = state.filteredRun();
            return new Found(run, service.questions(state.dataset(), run, text.redaction(), faq));
        }, found -> {
            computedFor = state;
            computedWith = faq;
            all.setAll(found.questions().stream().map(c -> rowOf(found.run(), c)).toList());
            filterRows();
            summary.set(summaryOf(found.questions(), faq));
            job.say("Found " + found.questions().size() + " questions and asks" + (faq.isLoaded()
                    ? ", matched with " + faq.fileName() : ""));
            if (pendingFaq != null) {
                Path next = pendingFaq;
                pendingFaq = null;
                loadFaq(next);
            } else if (analysis.stateProperty().get() != state || cityFaq.get() != faq) {
                refreshIfShown();
            }
        });
        if (!started) {
            computedFor = null;
        }
    }

    private record Found(ThemeRun run, List<FaqCandidate> questions) {
    }

    private void refreshIfShown() {
        if (shown.get()) {
            refresh();
        }
    }

    private static Row rowOf(ThemeRun run, FaqCandidate c) {
        int themes = run.themes().themes().size();
        String trend = !c.trend().known() ? "" : c.trend().latest() + (c.trend().monthsBefore() == 0 ? ""
                : String.format(Locale.ROOT, " (%.1f)", c.trend().monthlyBefore()));
        return new Row(run.labelOf(ThemeGroups.themeId(c.group(), themes)), c.question(), c.count(), trend,
                c.kind().label(), c.covered() ? c.coveredBy().entry().question() : "", c.covered(),
                String.join(" | ", c.wordings().subList(Math.min(1, c.wordings().size()), c.wordings().size())),
                c.sourceRows().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")));
    }

    static String summaryOf(List<FaqCandidate> questions, CityFaq faq) {
        int requests = questions.stream().mapToInt(FaqCandidate::count).sum();
        String found = String.format(Locale.ROOT, "%,d questions and asks, made by %,d requests", questions.size(),
                requests);
        if (!faq.isLoaded()) {
            return found + ". Load the city's FAQ to see which it answers.";
        }
        long covered = questions.stream().filter(FaqCandidate::covered).count();
        return String.format(Locale.ROOT, "%s. %s answers %d of them; %d are the FAQ to write.", found,
                faq.fileName(), covered, questions.size() - covered);
    }

    private void filterRows() {
        boolean uncoveredOnly = onlyToWrite.get() && cityFaq.get().isLoaded();
        List<Row> shownRows = all.stream().filter(r -> !uncoveredOnly || !r.covered()).toList();
        if (uncoveredOnly) {
            shownRows = shownRows.stream().sorted(java.util.Comparator.comparingInt((Row r) -> -r.count())
                    .thenComparing(Row::question)).toList();
        }
        rows.setAll(shownRows);
    }

    /** The questions shown: all, or the FAQ to write (uncovered, most asked first). */
    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The city's FAQ loaded, or {@link CityFaq#NONE}. */
    public ReadOnlyObjectProperty<CityFaq> cityFaqProperty() {
        return cityFaq.getReadOnlyProperty();
    }

    /** How many questions, how many requests, how many the FAQ answers. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Show only the questions the city's FAQ does not answer. */
    public BooleanProperty onlyToWriteProperty() {
        return onlyToWrite;
    }

    /** Whether the view is on screen (the view binds it to its tab). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    JobState job() {
        return job;
    }
}
