package org.civicthemes.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.civicthemes.analysis.DatePreset;
import org.civicthemes.model.DateRange;

/**
 * The filter bar: from and to dates, a preset, a category and a district. Every change is published at once as
 * one {@link RequestFilter}; a preset sets both dates from the data's last day; dates in the wrong order are
 * refused with a message and the filter stays as it was.
 */
public final class FilterViewModel {

    private final Consumer<RequestFilter> publish;
    private final Supplier<LocalDate> dataLastDay;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<DatePreset> preset = new SimpleObjectProperty<>(DatePreset.ALL);
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean applyingPreset;

    /**
     * @param publish     receives each new filter
     * @param dataLastDay the last day with a request, for presets (null when the data has no dates)
     */
    public FilterViewModel(Consumer<RequestFilter> publish, Supplier<LocalDate> dataLastDay) {
        this.publish = publish;
        this.dataLastDay = dataLastDay;
        from.addListener((o, a, b) -> datesChanged());
        to.addListener((o, a, b) -> datesChanged());
        category.addListener((o, a, b) -> publishNow());
        district.addListener((o, a, b) -> publishNow());
        preset.addListener((o, a, b) -> applyPreset(b));
    }

    private void applyPreset(DatePreset chosen) {
        if (chosen == null || applyingPreset) {
            return;
        }
        DateRange range = chosen.rangeFor(dataLastDay.get());
        applyingPreset = true;
        try {
            from.set(range.from());
            to.set(range.to());
        } finally {
            applyingPreset = false;
        }
        publishNow();
    }

    private void datesChanged() {
        if (applyingPreset) {
            return;
        }
        preset.set(null);
        publishNow();
    }

    private void publishNow() {
        if (applyingPreset) {
            return;
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            problem.set("The range ends (" + to.get() + ") before it starts (" + from.get() + "): change one date.");
            return;
        }
        problem.set("");
        publish.accept(current());
    }

    /** The filter the controls show. */
    public RequestFilter current() {
        return new RequestFilter(new DateRange(from.get(), to.get()), category.get(), district.get());
    }

    /** Clears every choice. */
    public void reset() {
        category.set("");
        district.set("");
        preset.set(DatePreset.ALL);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<DatePreset> presetProperty() {
        return preset;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
