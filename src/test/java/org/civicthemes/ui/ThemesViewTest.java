package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.civicthemes.testdata.SampleByType;
import org.civicthemes.workflow.TextChoices;
import org.civicthemes.workflow.ThemeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Themes tab on the bundled sample (grouped by request type), headless. */
@ExtendWith(ApplicationExtension.class)
class ThemesViewTest {

    private static SampleByType sample;

    private ThemesViewModel themes;

    @BeforeAll
    static void loadTheSample() throws Exception {
        sample = SampleByType.load();
    }

    @Start
    void start(Stage stage) {
        themes = new ThemesViewModel(new SimpleObjectProperty<>(new ViewState(sample.dataset(), sample.run(),
                RequestFilter.NONE, TextChoices.DEFAULTS.redaction())));
        ThemesView view = new ThemesView(themes, new AnalysisViewModel(new ThemeService(), BackgroundRunner.SAME_THREAD));
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<RequestRow> requestsTable(FxRobot robot) {
        return robot.lookup("#themeRequestsTable").queryAs(TableView.class);
    }

    /** Before, Now and ± pts are only for themes placed by a codebook. */
    @Test
    void theCodebookColumnsAreHiddenForThemesFoundFromScratch(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#themesTable").queryAs(TableView.class);
        javafx.scene.control.TableColumn<?, ?> before = table.getColumns().stream()
                .filter(c -> "sinceBeforeColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(before.isVisible()).isFalse();
        // id, theme, requests, share, trend, change and department: Before, Now and ± pts only on a codebook run
        assertThat(table.getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible).count()).isEqualTo(7);
    }

    /** Issue 15, item 7: in a 1024-pixel window the Row column showed "125…". */
    @Test
    void at1024PixelsTheRowAndCreatedColumnsShowWholeValues(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#themeRequestsTable").query().getScene().getWindow().setWidth(1024);
            themes.select(sample.themeOf("Noise Complaint"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#themeRequestsTable .table-row-cell").tryQuery().isPresent());
        robot.interact(() -> requestsTable(robot).scrollTo(requestsTable(robot).getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(requestsTable(robot).getItems()).anyMatch(r -> r.sourceRow() >= 10_000);

        java.util.List<javafx.scene.control.TableCell<?, ?>> cells = new java.util.ArrayList<>();
        for (javafx.scene.Node node : robot.lookup("#themeRequestsTable .table-cell").queryAll()) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> c && c.getItem() != null
                    && c.getTableColumn() != null && requestsTable(robot).getColumns().indexOf(c.getTableColumn()) < 2) {
                cells.add(c);
            }
        }
        assertThat(cells).isNotEmpty();
        for (javafx.scene.control.TableCell<?, ?> cell : cells) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
            assertThat(shown.getText()).as("a Row or Created cell").isEqualTo(String.valueOf(cell.getItem()));
        }
        int numbers = 0;
        for (javafx.scene.Node node : robot.lookup("#themesTable .table-cell").queryAll()) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty()
                    && c.getTableColumn() != null && String.valueOf(c.getTableColumn().getStyle()).contains("CENTER-RIGHT")) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) c.lookup(".text");
                assertThat(shown.getText()).as("a Requests, Share or Change cell").isEqualTo(c.getText());
                numbers++;
            }
        }
        assertThat(numbers).isGreaterThan(10);
    }

    /** Issue 15, item 3: a request's whole text below the table (selectable) and in the text cell's tooltip. */
    @Test
    void theSelectedRequestsWholeTextIsBelowTheTableAndInATooltip(FxRobot robot) throws Exception {
        robot.interact(() -> themes.select(sample.themeOf("Noise Complaint")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#themeRequestsTable .table-row-cell").tryQuery().isPresent());
        RequestRow longest = requestsTable(robot).getItems().stream()
                .max(Comparator.comparingInt(r -> r.text().length())).orElseThrow();
        String whole = themes.shown(longest.text());

        robot.interact(() -> {
            requestsTable(robot).getSelectionModel().select(longest);
            requestsTable(robot).scrollTo(longest);
        });
        WaitForAsyncUtils.waitForFxEvents();

        TextArea detail = robot.lookup("#requestDetail").queryAs(TextArea.class);
        assertThat(detail.getText()).isEqualTo(whole);
        assertThat(detail.isEditable()).isFalse();
        assertThat(detail.getHeight()).as("the text area is laid out below the table").isGreaterThan(40);
        robot.interact(detail::selectAll);
        assertThat(detail.getSelectedText()).isEqualTo(whole);
        assertThat(robot.lookup("#requestHeading").queryAs(Label.class).getText())
                .startsWith("Row " + longest.sourceRow());

        IndexedCell<?> textCell = robot.lookup("#themeRequestsTable .table-row-cell").queryAllAs(IndexedCell.class)
                .stream().filter(row -> longest.equals(row.getItem())).findFirst().orElseThrow()
                .lookupAll(".table-cell").stream().map(c -> (javafx.scene.control.TableCell<?, ?>) c)
                .filter(c -> whole.equals(c.getItem())).findFirst().orElseThrow();
        assertThat(textCell.getTooltip()).isNotNull();
        assertThat(textCell.getTooltip().getText()).isEqualTo(whole);
    }
}
