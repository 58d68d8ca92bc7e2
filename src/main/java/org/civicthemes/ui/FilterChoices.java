package org.civicthemes.ui;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/** What the filter bar offers: the data's first and last day (the slider's span), its categories and districts. */
interface FilterChoices {

    ReadOnlyObjectProperty<LocalDate> firstDayProperty();

    ReadOnlyObjectProperty<LocalDate> lastDayProperty();

    ObservableList<String> categories();

    ObservableList<String> districts();
}
