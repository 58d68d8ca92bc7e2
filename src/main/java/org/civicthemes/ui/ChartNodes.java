package org.civicthemes.ui;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small pieces the chart views share: clickable nodes, quick tooltips, headings and notes. */
final class ChartNodes {

    private static final Duration TOOLTIP_DELAY = Duration.millis(250);

    private ChartNodes() {
    }

    /** Runs {@code action} on a primary click and shows the hand cursor over the node. */
    static void onClick(Node node, Runnable action) {
        node.setCursor(Cursor.HAND);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                action.run();
            }
        });
    }

    /** A tooltip that shows after a short pause and wraps long explanations. */
    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(TOOLTIP_DELAY);
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    static void tooltip(Node node, String text) {
        Tooltip.install(node, tooltip(text));
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("chart-heading");
        return label;
    }

    /**
     * A grey line of plain words under a heading that ends with what a click does, which differs with where the charts
     * come from: an export's requests ({@code forRequests}: the click lists them) or a Spark run's counts
     * ({@code forCounts}: the click narrows the filter or picks the theme).
     */
    static Label noteWithClick(ChartsViewModel model, String text, String forRequests, String forCounts,
                               String explanation) {
        Label label = note(text, explanation);
        label.textProperty().bind(javafx.beans.binding.Bindings.when(model.clickNoteProperty().isEmpty())
                .then(text + " " + forRequests).otherwise(text + " " + forCounts));
        return label;
    }

    /** What a click does, for a tooltip made now: {@code forRequests} on an export's charts, else {@code forCounts}. */
    static String click(ChartsViewModel model, String forRequests, String forCounts) {
        return model.clickNoteProperty().get().isEmpty() ? forRequests : forCounts;
    }

    /** A grey line of plain words under a heading; {@code explanation} is its tooltip when not null. */
    static Label note(String text, String explanation) {
        Label label = new Label(text);
        label.getStyleClass().add("chart-note");
        label.setWrapText(true);
        if (explanation != null) {
            label.setTooltip(tooltip(explanation));
        }
        return label;
    }
}
