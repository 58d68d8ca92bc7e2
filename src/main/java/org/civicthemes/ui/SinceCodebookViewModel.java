package org.civicthemes.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicthemes.analysis.SinceCodebook;

/**
 * The What changed tab: the codebook's themes from the most grown to the most shrunk, the proposed new themes with
 * their examples, and the codebook themes with no request now. Shows the {@link SinceCodebook} the themes table
 * counted (over the filter, off the FX thread); empty for themes found from scratch.
 */
public final class SinceCodebookViewModel {

    private final ObservableList<SinceCodebook.Kept> themes = FXCollections.observableArrayList();
    private final ObservableList<SinceCodebook.Proposed> proposed = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyNow = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper placed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<SinceCodebook.Kept> themesView = FXCollections.unmodifiableObservableList(themes);
    private final ObservableList<SinceCodebook.Proposed> proposedView =
            FXCollections.unmodifiableObservableList(proposed);

    public SinceCodebookViewModel(ObservableValue<SinceCodebook> since) {
        since.addListener((o, before, after) -> show(after));
        show(since.getValue());
    }

    private void show(SinceCodebook since) {
        placed.set(since != null);
        if (since == null) {
            themes.clear();
            proposed.clear();
            heading.set("These themes were found from scratch. Use Themes > Use themes from a codebook… to see what "
                    + "changed since one.");
            basis.set("");
            emptyNow.set("");
            return;
        }
        themes.setAll(since.themes().stream()
                .sorted(Comparator.comparingDouble(SinceCodebook.Kept::changePoints).reversed()).toList());
        proposed.setAll(since.proposed());
        heading.set(headingOf(since));
        basis.set("The codebook's themes were found in " + since.learnedFrom() + ". " + since.describeBasis());
        List<SinceCodebook.Kept> empty = since.emptyNow();
        emptyNow.set(empty.isEmpty() ? "None: every codebook theme has requests now."
                : String.join("; ", empty.stream().map(k -> String.format(Locale.US, "%d %s (%,d before)", k.id(),
                        k.name(), k.before())).toList()));
    }

    /** "3 themes grew, 2 shrank, 12 about the same; 4 proposed new themes; 1 codebook theme with no requests now". */
    static String headingOf(SinceCodebook since) {
        long grew = since.themes().stream().filter(SinceCodebook.Kept::grew).count();
        long shrank = since.themes().stream().filter(SinceCodebook.Kept::shrank).count();
        long steady = since.themes().size() - grew - shrank;
        return String.format(Locale.US, "Since the codebook: %d %s grew and %d shrank by %.1f points of share or "
                        + "more, %d about the same; %d proposed new %s; %d codebook %s with no requests now.",
                grew, grew == 1 ? "theme" : "themes", shrank, SinceCodebook.STEADY_POINTS, steady, since.proposed().size(),
                since.proposed().size() == 1 ? "theme" : "themes", since.emptyNow().size(),
                since.emptyNow().size() == 1 ? "theme" : "themes");
    }

    /** The codebook's themes, the most grown first. */
    public ObservableList<SinceCodebook.Kept> themes() {
        return themesView;
    }

    /** The proposed new themes, largest first. */
    public ObservableList<SinceCodebook.Proposed> proposed() {
        return proposedView;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What before and now count. */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** The codebook themes with no request now, in words. */
    public ReadOnlyStringProperty emptyNowProperty() {
        return emptyNow.getReadOnlyProperty();
    }

    /** Whether the themes shown were placed by a codebook. */
    public ReadOnlyBooleanProperty placedProperty() {
        return placed.getReadOnlyProperty();
    }
}
