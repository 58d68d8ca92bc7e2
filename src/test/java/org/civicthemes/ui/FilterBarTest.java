package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.civicthemes.testdata.SampleByType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, item 1: the filter bar, made before any file opens and left while the collector runs (as in a real
 * session), lists the categories and districts of the file opened afterwards, and shows a category chosen elsewhere
 * (a click in a cross-tab cell).
 */
@ExtendWith(ApplicationExtension.class)
class FilterBarTest {

    private static SampleByType sample;

    private final SimpleObjectProperty<ViewState> state = new SimpleObjectProperty<>();
    private FilterViewModel filter;
    private FilterBar bar;

    @BeforeAll
    static void loadTheSample() throws Exception {
        sample = SampleByType.load();
    }

    @Start
    void start(Stage stage) {
        ThemesViewModel themes = new ThemesViewModel(state);
        filter = new FilterViewModel(f -> { }, () -> themes.lastDayProperty().get());
        bar = new FilterBar(filter, themes, () -> { });
        Scene scene = new Scene(new javafx.scene.layout.VBox(bar), 1024, 200);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> box(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void choicesArriveAfterTheCollectorRanAndAChoiceMadeElsewhereIsShown(FxRobot robot) throws Exception {
        Collector.collectGarbage();
        robot.interact(() -> state.set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(robot, "#categoryChoice").getItems().size() > 1);
        String someCategory = sample.dataset().requests().get(0).category();
        assertThat(box(robot, "#categoryChoice").getItems()).startsWith("Any").contains(someCategory)
                .hasSize(1 + (int) sample.dataset().requests().stream().map(r -> r.category()).distinct().count());
        assertThat(box(robot, "#districtChoice").getItems()).startsWith("Any").contains("District 3");

        robot.interact(() -> filter.categoryProperty().set(someCategory));
        assertThat(box(robot, "#categoryChoice").getValue()).isEqualTo(someCategory);
        assertThat(box(robot, "#categoryChoice").getSelectionModel().getSelectedItem()).isEqualTo(someCategory);

        robot.interact(() -> box(robot, "#districtChoice").getSelectionModel().select("District 3"));
        assertThat(filter.districtProperty().get()).isEqualTo("District 3");
    }

    /** Issue 15, item 7: at 1024 pixels and with a reversed range, labels turned into "…" and Clear was hidden. */
    @Test
    void at1024PixelsAndWithAReversedRangeEveryLabelIsWholeAndClearInReach(FxRobot robot) throws Exception {
        robot.interact(() -> state.set(new ViewState(sample.dataset(), sample.run(), RequestFilter.NONE)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box(robot, "#categoryChoice").getItems().size() > 1);
        assertWholeAndInside(robot);

        robot.interact(() -> {
            filter.fromProperty().set(java.time.LocalDate.of(2025, 9, 1));
            filter.toProperty().set(java.time.LocalDate.of(2025, 1, 1));
        });
        javafx.scene.control.Label problem = robot.lookup("#filterProblem").queryAs(javafx.scene.control.Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("before it starts");
        assertWholeAndInside(robot);
        assertThat(robot.lookup("#presetChoice").queryAs(ComboBox.class).getButtonCell().getText())
                .as("item 10: the preset box on a range of the analyst's own").isEqualTo("Custom");
    }

    /** Every label and button of the bar shows its whole text and lies inside the 1024-pixel window. */
    private void assertWholeAndInside(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.scene.control.Labeled> labeled = new java.util.ArrayList<>();
        collect(bar, labeled);
        assertThat(labeled).extracting(javafx.scene.control.Labeled::getText).contains("Dates", "Category", "District",
                "Clear", "Find themes in range");
        for (javafx.scene.control.Labeled l : labeled) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            assertThat(shown.getText().replace("\n", " ")).as("the text shown of '%s'", l.getText())
                    .isEqualToIgnoringWhitespace(l.getText());
            javafx.geometry.Bounds b = l.localToScene(l.getBoundsInLocal());
            assertThat(b.getMaxX()).as("right edge of '%s'", l.getText()).isLessThanOrEqualTo(1024);
            assertThat(b.getMaxY()).as("bottom of '%s'", l.getText()).isLessThanOrEqualTo(bar.getHeight() + 1);
        }
        assertThat(robot.lookup("#clearFilterButton").query().isVisible()).isTrue();
    }

    private static void collect(javafx.scene.Parent parent, java.util.List<javafx.scene.control.Labeled> into) {
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.Label || child instanceof javafx.scene.control.Button) {
                if (child.isVisible() && !((javafx.scene.control.Labeled) child).getText().isEmpty()) {
                    into.add((javafx.scene.control.Labeled) child);
                }
            } else if (child instanceof javafx.scene.layout.Pane pane) {
                collect(pane, into);
            }
        }
    }
}
