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

    @BeforeAll
    static void loadTheSample() throws Exception {
        sample = SampleByType.load();
    }

    @Start
    void start(Stage stage) {
        ThemesViewModel themes = new ThemesViewModel(state);
        filter = new FilterViewModel(f -> { }, () -> themes.lastDayProperty().get());
        stage.setScene(new Scene(new FilterBar(filter, themes, () -> { }), 1280, 60));
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
}
