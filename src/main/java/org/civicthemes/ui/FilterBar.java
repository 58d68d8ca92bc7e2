package org.civicthemes.ui;

import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.civicthemes.analysis.DatePreset;
import org.controlsfx.control.RangeSlider;

/**
 * The filter bar over every view: two date pickers and a range slider over the data's span, the presets, and
 * category and district choices. Its groups wrap onto a second line when the window is narrow (1024 pixels) and a
 * message of a reversed range takes a line of its own, so no label is cut and Clear stays in reach.
 */
final class FilterBar extends FlowPane {

    private static final String ANY = "Any";

    private final FilterViewModel filter;
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private boolean syncing;

    /** @param findAgainInRange groups the requests in the range anew; null hides the button (no requests at hand) */
    FilterBar(FilterViewModel filter, FilterChoices themes, Runnable findAgainInRange) {
        this.filter = filter;
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        setHgap(14);
        setVgap(6);

        DatePicker from = new DatePicker();
        from.setId("fromDate");
        from.setPrefWidth(118);
        from.setPromptText("first day");
        from.valueProperty().bindBidirectional(filter.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("toDate");
        to.setPrefWidth(118);
        to.setPromptText("last day");
        to.valueProperty().bindBidirectional(filter.toProperty());

        slider.setId("dateSlider");
        slider.setPrefWidth(160);
        slider.setMinWidth(120);
        slider.setTooltip(new Tooltip("Drag the ends to narrow the dates"));
        HBox.setHgrow(slider, Priority.SOMETIMES);
        themes.firstDayProperty().addListener((o, a, b) -> syncSliderSpan(themes));
        themes.lastDayProperty().addListener((o, a, b) -> syncSliderSpan(themes));
        filter.fromProperty().addListener((o, a, b) -> syncSliderToDates(themes));
        filter.toProperty().addListener((o, a, b) -> syncSliderToDates(themes));
        slider.lowValueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                sliderToDates(themes);
            }
        });
        slider.highValueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                sliderToDates(themes);
            }
        });

        ComboBox<DatePreset> preset = new ComboBox<>(FXCollections.observableArrayList(DatePreset.values()));
        preset.setId("presetChoice");
        preset.setPromptText("Custom");
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatePreset p) {
                return p == null ? "Custom" : p.displayName();
            }

            @Override
            public DatePreset fromString(String s) {
                return null;
            }
        });
        // the prompt is not shown again once a value was chosen, so the box says "Custom" itself (issue 15, item 10)
        preset.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DatePreset p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null ? "Custom" : p.displayName());
            }
        });
        preset.valueProperty().bindBidirectional(filter.presetProperty());
        preset.setTooltip(new Tooltip("Ranges end on the last day of the data, not today"));

        ComboBox<String> category = choice("categoryChoice", themes.categories(), filter.categoryProperty());
        category.setTooltip(new Tooltip("Only requests of one official category"));
        ComboBox<String> district = choice("districtChoice", themes.districts(), filter.districtProperty());
        district.setTooltip(new Tooltip("Only requests of one district"));

        Button again = new Button("Find themes in range");
        again.setId("findAgainButton");
        again.setTooltip(new Tooltip("Group only the requests in these dates into new themes. Without it, the "
                + "themes stay the same and only their counts follow the dates."));
        again.setOnAction(e -> findAgainInRange.run());
        // the Spark run's results are counts: there is nothing to group again
        again.setVisible(findAgainInRange != null);
        again.setManaged(findAgainInRange != null);
        Button reset = new Button("Clear");
        reset.setId("clearFilterButton");
        reset.setOnAction(e -> filter.reset());
        Label problem = new Label();
        problem.setId("filterProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(900);
        problem.getStyleClass().add("error");
        problem.textProperty().bind(filter.problemProperty());
        problem.visibleProperty().bind(filter.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(group(whole(new Label("Dates")), from, slider, to, preset),
                group(whole(new Label("Category")), category), group(whole(new Label("District")), district),
                group(whole(reset), whole(again)), problem);
    }

    /** Controls that stay on one line together. */
    private static HBox group(javafx.scene.Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    /** A label or button that never shrinks below its text. */
    private static <T extends javafx.scene.control.Labeled> T whole(T labeled) {
        labeled.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return labeled;
    }

    private static ComboBox<String> choice(String id, ObservableList<String> values,
                                           javafx.beans.property.StringProperty target) {
        ObservableList<String> items = FXCollections.observableArrayList();
        Runnable fill = () -> {
            items.setAll(ANY);
            items.addAll(values);
        };
        fill.run();
        ComboBox<String> box = new ComboBox<>(items);
        values.addListener((ListChangeListener<String>) c -> {
            fill.run();
            if (box.getValue() == null) {
                box.setValue(target.get() == null || target.get().isEmpty() ? ANY : target.get()); // refilling cleared it
            }
        });
        box.setId(id);
        box.setPrefWidth(150);
        box.setValue(ANY);
        box.valueProperty().addListener((o, a, b) -> target.set(b == null || b.equals(ANY) ? "" : b));
        target.addListener((o, a, b) -> box.setValue(b == null || b.isEmpty() ? ANY : b));
        return box;
    }

    private void syncSliderSpan(FilterChoices themes) {
        LocalDate first = themes.firstDayProperty().get();
        LocalDate last = themes.lastDayProperty().get();
        slider.setDisable(first == null || last == null);
        if (first == null || last == null) {
            return;
        }
        syncing = true;
        slider.setMin(first.toEpochDay());
        slider.setMax(Math.max(last.toEpochDay(), first.toEpochDay() + 1));
        syncing = false;
        syncSliderToDates(themes);
    }

    private void syncSliderToDates(FilterChoices themes) {
        if (slider.isDisabled()) {
            return;
        }
        syncing = true;
        LocalDate from = filter.fromProperty().get();
        LocalDate to = filter.toProperty().get();
        slider.setHighValue(to == null ? slider.getMax() : Math.min(slider.getMax(), to.toEpochDay()));
        slider.setLowValue(from == null ? slider.getMin() : Math.max(slider.getMin(), from.toEpochDay()));
        syncing = false;
    }

    private void sliderToDates(FilterChoices themes) {
        if (syncing) {
            return;
        }
        long low = Math.round(slider.getLowValue());
        long high = Math.round(slider.getHighValue());
        filter.fromProperty().set(low <= slider.getMin() ? null : LocalDate.ofEpochDay(low));
        filter.toProperty().set(high >= slider.getMax() ? null : LocalDate.ofEpochDay(high));
    }
}
