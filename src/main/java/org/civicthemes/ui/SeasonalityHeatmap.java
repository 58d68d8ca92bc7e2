package org.civicthemes.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.civicthemes.analysis.Cycle;
import org.civicthemes.analysis.CycleProfile;
import org.civicthemes.ui.ChartsData.SeasonRow;
import org.civicthemes.ui.ChartsViewModel.HeatScale;

/**
 * Themes (rows) against the bins of one cycle (columns), each cell coloured by the theme's share in the bin or
 * by its ratio to the city's usual rhythm; a dot marks the themes whose pattern is beyond chance. Rows line up
 * with the other heatmaps of the page, so only the first one shows the theme names.
 */
final class SeasonalityHeatmap extends GridPane {

    static final double ROW_HEIGHT = 20;
    private static final double LABEL_WIDTH = 210;

    private final ChartsViewModel model;
    private final Cycle cycle;
    private final boolean withNames;
    private final double cellWidth;
    private final Consumer<ChartSelection> onSelect;
    /** One tooltip for all the cells, its text set for the cell under the mouse (thousands of tooltips are slow). */
    private final Tooltip cellTip = ChartNodes.tooltip("");
    private boolean tipInstalled;

    SeasonalityHeatmap(ChartsViewModel model, Cycle cycle, boolean withNames, double cellWidth,
                       Consumer<ChartSelection> onSelect) {
        this.model = model;
        this.cycle = cycle;
        this.withNames = withNames;
        this.cellWidth = cellWidth;
        this.onSelect = onSelect;
        getStyleClass().add("heatmap");
        setId(switch (cycle) {
            case MONTH_OF_YEAR -> "monthHeatmap";
            case DAY_OF_MONTH -> "dayOfMonthHeatmap";
            case DAY_OF_WEEK -> "weekdayHeatmap";
            case HOUR_OF_DAY -> "hourHeatmap";
        });
        setHgap(1);
        setVgap(1);
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> showTipOf(e.getTarget()));
        model.seasonality(cycle).addListener((ListChangeListener<SeasonRow>) c -> redraw());
        model.heatScaleProperty().addListener((o, old, now) -> redraw());
        redraw();
    }

    private void showTipOf(Object target) {
        boolean overCell = target instanceof Region cell && cell.getUserData() instanceof Supplier<?>;
        if (overCell) {
            String text = String.valueOf(((Supplier<?>) ((Region) target).getUserData()).get());
            if (!text.equals(cellTip.getText())) {
                cellTip.setText(text);
            }
        }
        if (overCell != tipInstalled) {
            tipInstalled = overCell;
            if (overCell) {
                Tooltip.install(this, cellTip);
            } else {
                Tooltip.uninstall(this, cellTip);
            }
        }
    }

    private void redraw() {
        getChildren().clear();
        List<SeasonRow> rows = List.copyOf(model.seasonality(cycle));
        HeatScale scale = model.heatScaleProperty().get();
        int firstCell = withNames ? 2 : 1;
        for (int b = 0; b < cycle.bins(); b++) {
            Label head = new Label(binName(b, true));
            head.getStyleClass().add("heatmap-header");
            head.setMinWidth(cellWidth);
            head.setPrefWidth(cellWidth);
            head.setAlignment(Pos.CENTER);
            add(head, firstCell + b, 0);
        }
        double maxShare = 0;
        for (SeasonRow row : rows) {
            for (int b = 0; b < cycle.bins(); b++) {
                maxShare = Math.max(maxShare, row.share(b));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            SeasonRow row = rows.get(r);
            if (withNames) {
                Label name = new Label(row.label());
                name.getStyleClass().add("heatmap-row-name");
                name.setMinWidth(LABEL_WIDTH);
                name.setPrefWidth(LABEL_WIDTH);
                name.setMaxWidth(LABEL_WIDTH);
                name.setMinHeight(ROW_HEIGHT);
                name.setTooltip(ChartNodes.tooltip(row.label() + ": " + ChartFormat.count(row.total())
                        + " requests in the filter. Click a cell to see the theme's requests."));
                add(name, 0, r + 1);
            }
            add(marker(row), firstCell - 1, r + 1);
            for (int b = 0; b < cycle.bins(); b++) {
                add(cell(row, b, scale, maxShare), firstCell + b, r + 1);
            }
        }
    }

    private Label marker(SeasonRow row) {
        CycleProfile p = row.profile();
        Label marker = new Label(p.patterned() ? org.civicthemes.analysis.SeasonalityColours.PATTERN_MARK : "");
        marker.getStyleClass().add("pattern-marker");
        marker.setMinSize(14, ROW_HEIGHT);
        marker.setAlignment(Pos.CENTER);
        GridPane.setHalignment(marker, HPos.CENTER);
        String explanation = p.patterned()
                ? "Patterned: " + row.label() + " requests crowd into " + binName(p.peakBin(), false) + " ("
                + ChartFormat.ratio(p.peakRatio()) + " the usual) far more than chance explains"
                : "Not patterned: " + row.label() + " requests follow the city's usual " + cycleName()
                + " rhythm, or too few requests to tell";
        marker.setTooltip(ChartNodes.tooltip(explanation + ".\nq = " + (Double.isNaN(p.qValue()) ? "not tested"
                : ChartFormat.pValue(p.qValue()))
                + (cycle == Cycle.MONTH_OF_YEAR ? "; the peak month is above usual in " + p.yearsWithPeak() + " of "
                + p.years() + (p.years() == 1 ? " year" : " years") : "")));
        return marker;
    }

    private Region cell(SeasonRow row, int bin, HeatScale scale, double maxShare) {
        double share = row.share(bin);
        double ratio = row.ratio(bin);
        Color colour = scale == HeatScale.SHARE
                ? HeatColours.sequential(maxShare == 0 ? 0 : share / maxShare) : HeatColours.diverging(ratio);
        Region cell = new Region();
        cell.getStyleClass().add("heatmap-cell");
        cell.setMinSize(cellWidth, ROW_HEIGHT);
        cell.setPrefSize(cellWidth, ROW_HEIGHT);
        cell.setBackground(new Background(new BackgroundFill(colour, null, null)));
        CycleProfile p = row.profile();
        cell.setUserData((Supplier<String>) () -> row.label() + " · " + binName(bin, false) + "\n"
                + ChartFormat.count(p.counts()[bin]) + " requests: " + ChartFormat.percent(share)
                + " of the theme's requests\n"
                + "The city's usual rhythm predicts " + ChartFormat.expected(p.expected()[bin]) + " (ratio "
                + ChartFormat.ratio(ratio) + ")\n" + (cycle == Cycle.MONTH_OF_YEAR
                ? "Click to see the theme's requests of the latest " + binName(bin, false) + " in the filter."
                : "Click to see the theme's requests."));
        ChartNodes.onClick(cell, () -> onSelect.accept(model.seasonSelection(row.themeId(), cycle, bin)));
        return cell;
    }

    private String cycleName() {
        return switch (cycle) {
            case MONTH_OF_YEAR -> "monthly";
            case DAY_OF_MONTH -> "day-of-month";
            case DAY_OF_WEEK -> "weekday";
            case HOUR_OF_DAY -> "hourly";
        };
    }

    private String binName(int bin, boolean brief) {
        return switch (cycle) {
            case MONTH_OF_YEAR -> Month.of(bin + 1).getDisplayName(brief ? TextStyle.SHORT : TextStyle.FULL, Locale.US);
            case DAY_OF_MONTH -> brief ? Integer.toString(bin + 1) : "day " + (bin + 1) + " of the month";
            case DAY_OF_WEEK -> DayOfWeek.of(bin + 1).getDisplayName(brief ? TextStyle.SHORT : TextStyle.FULL, Locale.US);
            case HOUR_OF_DAY -> brief ? Integer.toString(bin) : String.format(Locale.US, "%02d:00 to %02d:59", bin, bin);
        };
    }
}
