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
