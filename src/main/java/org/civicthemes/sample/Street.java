package org.civicthemes.sample;

import java.util.Locale;

/** A street of Riverton: "Maple" + "St" / "Street". */
record Street(String name, String suffix, String longSuffix) {

    /** As the city's address column writes it: "MAPLE ST". */
    String official() {
        return (name + " " + suffix).toUpperCase(Locale.ROOT);
    }

    /** The way residents usually write it: "Maple St". */
    String shortForm() {
        return name + " " + suffix;
    }

    String longForm() {
        return name + " " + longSuffix;
    }
}
