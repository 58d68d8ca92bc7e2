package org.civicthemes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.civicthemes.analysis.ThemeChange;

/** Table columns and cells the workbench's tables share: numbers as people read them, sparklines, highlights. */
final class Cells {

    private Cells() {
    }

    /** A column showing one value of a row, with a header tooltip. */
    static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value, String tooltip) {
        TableColumn<S, T> c = new TableColumn<>();
        Label header = new Label(title);
        if (tooltip != null) {
            header.setTooltip(new Tooltip(tooltip));
        }
        c.setGraphic(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    /**
     * The change as every face writes it ({@link ThemeChange#text}), right-aligned; a change that chance could give
     * in grey; "–" when there is no month before; sorted by the relative change.
     */
    static <S> void change(TableColumn<S, ThemeChange> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ThemeChange item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("not-significant");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.known() ? item.text() : "–");
                if (item.known() && !item.significant()) {
                    getStyleClass().add("not-significant");
                }
            }
        });
        column.setComparator(ThemeChange::compare);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    /** Right-aligned text made from the value. */
    static <S, T> void formatted(TableColumn<S, T> column, Function<T, String> format) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    /** A small line of monthly counts, as wide as its cell (drawn again when the column is resized). */
    static <S> void sparkline(TableColumn<S, List<Long>> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                widthProperty().addListener((o, before, after) -> draw(getItem()));
            }

            @Override
            protected void updateItem(List<Long> item, boolean empty) {
                super.updateItem(item, empty);
                draw(empty ? null : item);
            }

            private void draw(List<Long> item) {
                if (item == null || item.size() < 2) {
                    setGraphic(null);
                    return;
                }
                double width = Math.max(20, (getWidth() > 0 ? getWidth() : column.getWidth()) - 14);
                double height = 16;
                long max = Math.max(1, item.stream().mapToLong(Long::longValue).max().orElse(1));
                Polyline line = new Polyline();
                for (int i = 0; i < item.size(); i++) {
                    line.getPoints().addAll(i * width / (item.size() - 1), height - item.get(i) * height / max);
                }
                line.getStyleClass().add("sparkline");
                setGraphic(line);
            }
        });
    }

    /** Text with the searched words in bold, and the whole text in a tooltip (the cell shows two lines). */
    static <S> void highlighted(TableColumn<S, String> column, Supplier<List<String>> words) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip full = textTooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : flowOf(item, words.get()));
                full.setText(empty || item == null ? "" : item);
                setTooltip(empty || item == null ? null : full);
            }
        });
    }

    /** A tooltip for a long text: wrapped, at most about 70 characters wide. */
    static Tooltip textTooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        tooltip.setShowDuration(javafx.util.Duration.seconds(30));
        return tooltip;
    }

    static TextFlow flowOf(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Text> parts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            int length = 0;
            for (String w : words) {
                int i = lower.indexOf(w, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    length = w.length();
                }
            }
            if (next < 0) {
                parts.add(new Text(text.substring(at)));
                break;
            }
            if (next > at) {
                parts.add(new Text(text.substring(at, next)));
            }
            Text match = new Text(text.substring(next, next + length));
            match.getStyleClass().add("search-match");
            parts.add(match);
            at = next + length;
        }
        TextFlow flow = new TextFlow(parts.toArray(new Text[0]));
        flow.setMaxHeight(36);
        flow.setPrefHeight(36);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(flow.widthProperty());
        clip.setHeight(36);
        flow.setClip(clip);
        return flow;
    }
}
