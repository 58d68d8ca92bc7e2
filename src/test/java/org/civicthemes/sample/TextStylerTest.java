package org.civicthemes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextStylerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "đèn đường bị hỏng | den duong bi hong",
        "¿Cuándo pasan? | ¿Cuando pasan?",
        "plain text | plain text",
    })
    void marksAreStrippedLikeAKeyboardWithoutThem(String in, String out) {
        assertEquals(out, TextStyler.stripMarks(in));
    }

    @Test
    void typosChangeLettersButKeepTheWords() {
        String s = "Someone dumped a mattress and furniture behind the building yesterday evening";
        Random rng = new Random(3);
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            String t = TextStyler.typos(s, rng);
            assertEquals(s.split(" ").length, t.split(" ").length);
            assertTrue(Math.abs(t.length() - s.length()) <= 3, t);
            changed += t.equals(s) ? 0 : 1;
        }
        assertTrue(changed > 40 && changed < 160, "changed " + changed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Abandoned car at 12 Oak St for .  | Abandoned car at 12 Oak St for.",
        "Honda Civic, .                    | Honda Civic.",
        "two  spaces  here ,               | two spaces here",
    })
    void emptySlotsLeaveNoGaps(String in, String out) {
        assertEquals(out, Slots.tidy(in));
    }

    @Test
    void joinAddsMissingPeriodsAndRunsOpenersIn() {
        Random rng = new Random(1);
        assertEquals("FYI the light is out", DescriptionWriter.join(List.of("FYI", "The light is out"), rng));
        String joined = DescriptionWriter.join(List.of("Pothole on Oak", "Please fix"), new Random(2));
        assertNotEquals("", joined);
        assertTrue(joined.startsWith("Pothole on Oak"), joined);
    }
}
