package org.civicthemes.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.SeasonalityColours;
import org.civicthemes.ui.ChartsViewModel.HeatScale;

/**
 * The seasonality heatmaps side by side with their rows lined up: theme x month of the year, and theme x day of
 * the month (or weekday, or hour), with the colour scale and its legend.
 */
final class SeasonalityPane extends VBox {

    private static final String EXPLANATION = "Ratio: " + SeasonalityColours.EXPLANATION + " Share: the part of a "
            + "theme's requests that fall in a month (or day), a larger share in deeper orange.";

    private final ChartsViewModel model;
    private final HBox legend = new HBox(2);
    private final HBox maps = new HBox(18);
    private final Map<Cycle, SeasonalityHeatmap> second = new EnumMap<>(Cycle.class);
    private final Consumer<ChartSelection> onSelect;

    SeasonalityPane(ChartsViewModel model, Consumer<ChartSelection> onSelect) {
        this.model = model;
        this.onSelect = onSelect;
        getStyleClass().add("chart-panel");
        SeasonalityHeatmap months = new SeasonalityHeatmap(model, Cycle.MONTH_OF_YEAR, true, 34, onSelect);

        ChoiceBox<Cycle> secondChoice = new ChoiceBox<>(FXCollections.observableArrayList(
                Cycle.DAY_OF_MONTH, Cycle.DAY_OF_WEEK, Cycle.HOUR_OF_DAY));
        secondChoice.setId("secondCycleChoice");
        secondChoice.setConverter(converter(c -> switch (c) {
            case DAY_OF_MONTH -> "Day of the month";
            case DAY_OF_WEEK -> "Day of the week";
            case HOUR_OF_DAY -> "Hour of the day";
            case MONTH_OF_YEAR -> "Month of the year";
        }));
        secondChoice.setValue(Cycle.DAY_OF_MONTH);
        secondChoice.setTooltip(ChartNodes.tooltip("Which rhythm the right-hand heatmap shows"));
        secondChoice.valueProperty().addListener((o, old, now) -> maps.getChildren().set(1, secondMap(now)));

        ChoiceBox<HeatScale> scale = new ChoiceBox<>(FXCollections.observableArrayList(HeatScale.values()));
        scale.setId("heatScaleChoice");
        scale.valueProperty().bindBidirectional(model.heatScaleProperty());
        scale.setTooltip(ChartNodes.tooltip(EXPLANATION));

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label("Colour by"), scale, new Label("Right:"), secondChoice, spring, legend);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("chart-controls");

        maps.getChildren().addAll(months, secondMap(Cycle.DAY_OF_MONTH));
        maps.getStyleClass().add("heatmaps");
        ScrollPane scroll = new ScrollPane(maps);
        scroll.setFitToWidth(false);
        scroll.getStyleClass().add("heatmap-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(ChartNodes.heading("Seasonality"), ChartNodes.noteWithClick(model,
                "When each theme's requests come, against the city's usual rhythm: orange more, blue fewer. "
                        + SeasonalityColours.PATTERN_MARK + " marks a pattern beyond chance; hover for the numbers,",
                "click to see the requests.", "click to pick the theme.", EXPLANATION), controls, cyclesNote(model), scroll);
        model.heatScaleProperty().addListener((o, old, now) -> drawLegend());
        drawLegend();
    }

    /** Says which cycles the data cannot tell (no hour of day in a Spark run's results); hidden when all are there. */
    private static Label cyclesNote(ChartsViewModel model) {
        Label note = ChartNodes.note("", null);
        note.setId("cyclesNote");
        note.textProperty().bind(model.cyclesNoteProperty());
        note.visibleProperty().bind(model.cyclesNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** The right-hand heatmap of a cycle, made the first time it is chosen. */
    private SeasonalityHeatmap secondMap(Cycle cycle) {
        return second.computeIfAbsent(cycle, c -> new SeasonalityHeatmap(model, c, false, switch (c) {
            case DAY_OF_WEEK -> 40;
            case HOUR_OF_DAY -> 22;
            default -> 19;
        }, onSelect));
    }

    private void drawLegend() {
        legend.getChildren().clear();
        legend.setAlignment(Pos.CENTER_RIGHT);
        if (model.heatScaleProperty().get() == HeatScale.RATIO) {
            for (double r : new double[] {0.25, 0.5, 1, 2, 4}) {
                legend.getChildren().add(swatch(HeatColours.diverging(r), ChartFormat.ratio(r)));
            }
        } else {
            legend.getChildren().add(ChartNodes.note("smaller share ", null));
            for (double t : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                legend.getChildren().add(swatch(HeatColours.sequential(t), " "));
            }
            legend.getChildren().add(ChartNodes.note(" larger share (each map to its own top)", null));
        }
    }

    private static Label swatch(Color colour, String text) {
        Label swatch = new Label(text);
        swatch.getStyleClass().add("legend-swatch");
        swatch.setStyle("-fx-background-color: " + HeatColours.css(colour) + ";"
                + (HeatColours.dark(colour) ? " -fx-text-fill: white;" : ""));
        return swatch;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // the choice boxes are not editable: nothing is ever typed in
            }
        };
    }
}
