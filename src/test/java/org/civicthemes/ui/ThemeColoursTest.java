package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, item 8: a theme keeps its trend colour for the session. */
class ThemeColoursTest {

    @Test
    void aThemeKeepsItsColourAndThemesDrawnTogetherNeverShareOne() {
        ThemeColours colours = new ThemeColours(4);
        colours.assign(List.of("a", "b", "c"));
        int a = colours.of("a");
        int b = colours.of("b");
        int c = colours.of("c");
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();

        colours.assign(List.of("c", "d", "a"));
        assertThat(colours.of("c")).isEqualTo(c);
        assertThat(colours.of("a")).isEqualTo(a);
        assertThat(colours.of("d")).isNotIn(a, b, c);

        colours.assign(List.of("e", "a", "b", "c"));
        assertThat(List.of(colours.of("a"), colours.of("b"), colours.of("c"))).containsExactly(a, b, c);
        assertThat(colours.of("e")).as("all four are given: the one longest unused").isEqualTo(colours.of("d"))
                .isNotIn(a, b, c);

        colours.assign(List.of("d", "e"));
        assertThat(colours.of("d")).isNotEqualTo(colours.of("e"));
    }
}
