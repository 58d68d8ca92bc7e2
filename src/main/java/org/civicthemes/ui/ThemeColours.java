package org.civicthemes.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a fixed number of colours each theme's trend line has, for the whole session: a theme keeps the colour it
 * was first given when the filter, the period or the edits change which themes are drawn, unless another theme drawn
 * with it already has that colour (possible only once more themes than colours have been drawn). Themes are known by
 * their label. No JavaFX: the view maps a colour number to its colour.
 */
final class ThemeColours {

    private final int colours;
    private final Map<String, Integer> given = new HashMap<>();
    /** Colour numbers in the order they were last given, least recent first. */
    private final List<Integer> byAge = new ArrayList<>();

    ThemeColours(int colours) {
        if (colours < 1) {
            throw new IllegalArgumentException("at least one colour: " + colours);
        }
        this.colours = colours;
        for (int c = 0; c < colours; c++) {
            byAge.add(c);
        }
    }

    /** Gives a colour to each of the labels drawn together: the one each had, else a free one. */
    void assign(List<String> drawn) {
        Set<Integer> taken = new HashSet<>();
        List<String> needing = new ArrayList<>();
        for (String label : drawn) {
            Integer colour = given.get(label);
            if (colour == null || !taken.add(colour)) {
                needing.add(label);
            }
        }
        for (String label : needing) {
            int colour = byAge.stream().filter(c -> !taken.contains(c) && !given.containsValue(c)).findFirst()
                    .orElseGet(() -> byAge.stream().filter(c -> !taken.contains(c)).findFirst().orElse(byAge.get(0)));
            given.put(label, colour);
            taken.add(colour);
            byAge.remove(Integer.valueOf(colour));
            byAge.add(colour);
        }
    }

    /** The colour number of a label given one by {@link #assign}, else 0. */
    int of(String label) {
        return given.getOrDefault(label, 0);
    }

    int count() {
        return colours;
    }
}
