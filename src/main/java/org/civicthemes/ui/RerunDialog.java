package org.civicthemes.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.workflow.TextChoices;

/**
 * Asks how to find themes again: number of themes or automatic, seed, extra stopwords, meaning or words only,
 * personal data to keep.
 */
final class RerunDialog extends Dialog<AnalysisViewModel.RunChoices> {

    RerunDialog(AnalysisViewModel.RunChoices current) {
        setTitle("Find themes again");
        setHeaderText("Themes are found again over the same requests. Your edits start over.");
        CheckBox auto = new CheckBox("Choose the number of themes automatically");
        auto.setId("autoThemes");
        auto.setSelected(current.themes().isAuto());
        Spinner<Integer> k = new Spinner<>(ThemeCount.MIN, ThemeCount.MAX,
                current.themes().isAuto() ? 20 : current.themes().fixed());
        k.setId("themeCount");
        k.setEditable(true);
        k.disableProperty().bind(auto.selectedProperty());
        TextField seed = new TextField(Long.toString(current.seed()));
        seed.setTooltip(new Tooltip("The same seed gives the same themes every time"));
        TextField stopwords = new TextField(String.join(", ", new TreeSet<>(current.text().extraStopwords())));
        stopwords.setId("stopwordsField");
        stopwords.setPromptText("words never to use in themes, separated by commas");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Themes"), k);
        grid.addRow(1, new Label("Seed"), seed);
        grid.addRow(2, new Label("Ignore words"), stopwords);
        VBox keep = new VBox(4, new Label("Leave in the text (redacted by default):"));
        Map<String, CheckBox> boxes = new LinkedHashMap<>();
        TextChoices.personalDataKinds().forEach((kind, name) -> {
            CheckBox box = new CheckBox(name);
            box.setSelected(current.text().keptPersonalData().contains(kind));
            boxes.put(kind, box);
            keep.getChildren().add(box);
        });
        CheckBox meaning = new CheckBox("Group requests by their meaning as well as their words");
        meaning.setId("meaningBox");
        meaning.setSelected(current.meaning());
        meaning.setTooltip(new Tooltip("A sentence model, run on this computer, reads what each English request means,"
                + " so 'light out on my street' and 'streetlight dark at night' land together. Off: words only."));
        VBox content = new VBox(10, auto, grid, meaning, keep);
        OkCancel.frame(this, content, () -> {
            ThemeCount themes = auto.isSelected() ? ThemeCount.AUTO : new ThemeCount(k.getValue());
            long seedValue = parseSeed(seed.getText(), current.seed());
            Set<String> words = Arrays.stream(stopwords.getText().split("[,;\\s]+")).map(w -> w.toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isBlank()).collect(Collectors.toSet());
            Set<String> kept = boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return new AnalysisViewModel.RunChoices(themes, seedValue, new TextChoices(kept, words),
                    current.themesRange(), meaning.isSelected());
        });
    }

    private static long parseSeed(String text, long fallback) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
