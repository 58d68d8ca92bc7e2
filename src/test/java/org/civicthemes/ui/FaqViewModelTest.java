package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.workflow.ExportFormat;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 in the window, without a screen: the "What residents ask" tab's questions of the sample (words only, six
 * themes, on the calling thread), the city's FAQ loaded beside them, the FAQ to write, a bad FAQ file, and the export
 * that carries the FAQ's matches into brief.html.
 */
class FaqViewModelTest {

    private static final Path SAMPLE = Path.of("sample-data", "riverton-311-requests.xlsx");
    private static final Path FAQ = Path.of("sample-data", "riverton-faq.txt");

    @TempDir
    Path dir;

    private WorkbenchModel model;

    @BeforeEach
    void openTheSample() {
        model = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        model.importer().setOnImported(result -> model.analysis().analyze(result, new AnalysisViewModel.RunChoices(
                new ThemeCount(6), 42, TextChoices.DEFAULTS, DateRange.ALL, false)));
        model.importer().open(SAMPLE);
        assertThat(model.analysis().stateProperty().get()).isNotNull();
    }

    @Test
    void theQuestionsAreFoundWhenTheTabIsShownAndFollowTheFilter() {
        assertThat(model.faq().rows()).as("nothing is computed for a hidden tab").isEmpty();

        model.faq().shownProperty().set(true);
        List<FaqViewModel.Row> all = List.copyOf(model.faq().rows());
        assertThat(all).isNotEmpty().allSatisfy(r -> {
            assertThat(r.count()).isGreaterThanOrEqualTo(3);
            assertThat(r.covered()).isFalse();
        });
        assertThat(model.faq().summaryProperty().get()).endsWith("Load the city's FAQ to see which it answers.");

        model.filter().fromProperty().set(java.time.LocalDate.of(2025, 1, 1));
        assertThat(model.faq().rows().stream().mapToInt(FaqViewModel.Row::count).sum())
                .isLessThan(all.stream().mapToInt(FaqViewModel.Row::count).sum());
    }

    @Test
    void theCityFaqMarksTheQuestionsItAnswersAndTheRestAreTheFaqToWrite() {
        model.faq().shownProperty().set(true);
        model.faq().loadFaq(FAQ);

        assertThat(model.faq().cityFaqProperty().get().entries()).hasSize(20);
        List<FaqViewModel.Row> rows = List.copyOf(model.faq().rows());
        long covered = rows.stream().filter(FaqViewModel.Row::covered).count();
        assertThat(covered).isPositive().isLessThan(rows.size());
        assertThat(rows).filteredOn(FaqViewModel.Row::covered).allSatisfy(r -> assertThat(r.faqEntry()).endsWith("?"));
        assertThat(model.faq().summaryProperty().get()).endsWith("riverton-faq.txt answers " + covered + " of them; "
                + (rows.size() - covered) + " are the FAQ to write.");

        model.faq().onlyToWriteProperty().set(true);
        assertThat(model.faq().rows()).hasSize((int) (rows.size() - covered)).noneMatch(FaqViewModel.Row::covered)
                .isSortedAccordingTo((a, b) -> Integer.compare(b.count(), a.count()));
    }

    @Test
    void aBadFaqFileIsRefusedInOneSentenceAndWhatWasShownStays() throws Exception {
        model.faq().shownProperty().set(true);
        List<FaqViewModel.Row> before = List.copyOf(model.faq().rows());
        Path bad = Files.writeString(dir.resolve("faq.csv"), "Topic,Text\ntrash,Mondays\n");

        model.faq().loadFaq(bad);

        assertThat(model.error().get()).isEqualTo("faq.csv, line 1: no question column among the headers Topic, Text; "
                + "name the column of questions \"Question\" (and the answers \"Answer\").");
        assertThat(model.faq().cityFaqProperty().get()).isSameAs(CityFaq.NONE);
        assertThat(model.faq().rows()).containsExactlyElementsOf(before);
    }

    @Test
    void theExportCarriesTheFaqLoadedIntoTheBrief() throws Exception {
        model.faq().loadFaq(FAQ);

        model.export().export(dir, new ExportViewModel.Choices(EnumSet.of(ExportFormat.HTML), false, false), null,
                false);

        assertThat(model.export().written()).extracting(p -> p.getFileName().toString())
                .containsExactly("report.html", "brief.html");
        assertThat(Files.readString(dir.resolve("brief.html"))).contains("riverton-faq.txt");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>FAQ to write</h2>");
    }
}
