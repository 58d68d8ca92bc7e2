package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleObjectProperty;
import org.civicthemes.model.KScore;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.Test;

/** The Themes tab's view model, with no screen, on the bundled sample grouped by request type. */
class ThemesViewModelTest {

    /**
     * Issue 15: the Category and District filters listed only "Any" because the lists handed out were made anew on
     * each call and the filter bar's listener went with them when the collector ran.
     */
    @Test
    void choicesRowsAndRequestsStillArriveAfterTheCollectorRuns() throws Exception {
        SampleByType sample = SampleByType.load();
        SimpleObjectProperty<ViewState> state = new SimpleObjectProperty<>();
        ThemesViewModel model = new ThemesViewModel(state);
        var categories = Collector.lastOf(model.categories());
        var districts = Collector.lastOf(model.districts());
        var rows = Collector.lastOf(model.rows());
        var requests = Collector.lastOf(model.requests());

        Collector.collectGarbage();
        state.set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE));

        assertThat(categories.get()).as("categories heard after a collection").isNotNull()
                .containsExactlyElementsOf(sample.dataset().requests().stream().map(r -> r.category())
                        .filter(c -> !c.isBlank()).distinct().sorted().toList());
        assertThat(districts.get()).as("districts heard after a collection").isNotNull().contains("District 3");
        assertThat(rows.get()).as("theme rows heard after a collection").isNotNull().hasSizeGreaterThan(5);
        assertThat(requests.get()).as("requests heard after a collection").isNotNull().isNotEmpty();
    }

    /** Issue 15, item 3: texts are cut off in the tables; the selected request's whole text is shown below them. */
    @Test
    void theSelectedRequestsWholeTextIsShownRedactedWithWhereItComesFrom() throws Exception {
        SampleByType sample = SampleByType.load();
        ThemesViewModel model = new ThemesViewModel(new SimpleObjectProperty<>(new ViewState(sample.dataset(),
                sample.run(), RequestFilter.NONE, TextChoices.DEFAULTS.redaction())));
        model.select(sample.themeOf("Noise Complaint"));
        RequestRow longest = model.requests().stream().max(Comparator.comparingInt(r -> r.text().length()))
                .orElseThrow();
        assertThat(model.requestTextProperty().get()).isEmpty();

        model.selectedRequestProperty().set(longest);

        assertThat(model.requestTextProperty().get()).isEqualTo(model.shown(longest.text())).hasSizeGreaterThan(150);
        assertThat(model.requestHeadingProperty().get()).startsWith("Row " + longest.sourceRow() + " · ")
                .contains(longest.category(), longest.theme());

        model.searchProperty().set("zzzz-no-such-word");
        assertThat(model.selectedRequestProperty().get()).as("a request the search hides").isNull();
        assertThat(model.requestTextProperty().get()).isEmpty();
        model.searchProperty().set("");
        model.selectedRequestProperty().set(longest);
        model.select(sample.themeOf("Pothole"));
        assertThat(model.requestTextProperty().get()).as("another theme").isEmpty();
    }

    @Test
    void sortingAThemesRequestsByTheirShownTextRedactsEachTextOnce() throws Exception {
        SampleByType sample = SampleByType.load();
        UnaryOperator<String> redaction = TextChoices.DEFAULTS.redaction();
        AtomicInteger redactions = new AtomicInteger();
        UnaryOperator<String> counted = text -> {
            redactions.incrementAndGet();
            return redaction.apply(text);
        };
        ThemesViewModel model = new ThemesViewModel(new SimpleObjectProperty<>(
                new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE, counted)));
        model.select(sample.themeOf("Noise Complaint"));
        List<RequestRow> rows = model.requests();
        assertThat(rows).hasSizeGreaterThan(500);

        redactions.set(0);
        List<String> sorted = rows.stream().map(r -> model.shown(r.text())).sorted().toList();
        List<RequestRow> sortedAsTheTableDoes = rows.stream()
                .sorted(Comparator.comparing((RequestRow r) -> model.shown(r.text()))).toList();

        assertThat(sortedAsTheTableDoes).extracting(r -> model.shown(r.text())).containsExactlyElementsOf(sorted);
        long distinctTexts = rows.stream().map(RequestRow::text).distinct().count();
        assertThat(redactions.get()).as("redactions for %d rows", rows.size()).isEqualTo((int) distinctTexts);
        assertThat(sorted).noneMatch(t -> t.matches(".*\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}.*"));
    }

    @Test
    void theSummarySaysWhichOtherNumbersOfThemesFitNearlyAsWellWhenTheNumberWasChosen() throws Exception {
        SampleByType sample = SampleByType.load();
        ThemeSet given = sample.run().themes();
        List<KScore> knee = List.of(new KScore(30, 0.1), new KScore(31, 0.46), new KScore(32, 0.5),
                new KScore(33, 0.47), new KScore(34, 0.2));
        ThemeRun chosen = new ThemeRun(new ThemeSet(given.themes(), given.assignment(), given.unclear(),
                given.noDescription(), given.options(), knee), sample.run().requestIndexes(), sample.run().range(),
                sample.run().redactions(), sample.run().languages());

        ThemesViewModel asked = new ThemesViewModel(new SimpleObjectProperty<>(
                new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE)));
        ThemesViewModel automatic = new ThemesViewModel(new SimpleObjectProperty<>(
                new ViewState(sample.dataset(), chosen, RequestFilter.NONE)));

        assertThat(asked.summaryProperty().get()).isEqualTo("20,000 requests · %d themes", given.themes().size());
        assertThat(automatic.summaryProperty().get()).isEqualTo(
                "20,000 requests · %d themes · 31 to 33 themes fit nearly as well",
                given.themes().size());
    }
}
