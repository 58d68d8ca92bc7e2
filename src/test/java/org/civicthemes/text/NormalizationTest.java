package org.civicthemes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Boilerplate, URLs and Unicode normalization; real texts are in real-texts.tsv (sources in the README there). */
class NormalizationTest {

    private final TextPipeline pipeline = new TextPipeline(TextOptions.DEFAULTS.withPhrases(PhraseOptions.OFF));

    static Stream<Arguments> realTexts() throws IOException {
        try (InputStream in = NormalizationTest.class.getResourceAsStream("real-texts.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                    .map(c -> Arguments.of(c[0], c[1].replace("\\n", "\n"), c[2].replace("\\n", "\n"))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("realTexts")
    void stripsBoilerplateFromRealTexts(String source, String raw, String expectedDisplay) {
        assertEquals(expectedDisplay, pipeline.prepare(raw, Vocabulary.EMPTY).displayText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Case #12345: Streetlight out on Elm. Sent from my iPhone   | Streetlight out on Elm.
            Pothole on Oak Street. Submitted via SeeClickFix           | Pothole on Oak Street.
            Ticket 88-123 - Graffiti on the wall                       | Graffiti on the wall
            Broken bench - Sent from my Samsung Galaxy S21             | Broken bench
            Dead raccoon in the road. Reported via the 311 app.        | Dead raccoon in the road.
            Missed pickup again (case no. 1234567)                     | Missed pickup again ()
            A suitcase and 3 bags left on the curb                     | A suitcase and 3 bags left on the curb
            I sent from my office a letter about the case              | I sent from my office a letter about the case
            Tree down. Sent from my iPhone. Sent from my iPad          | Tree down.
            Cafésent from my iPhone                                    | Cafésent from my iPhone
            Broken swing 2sent via SeeClickFix                         | Broken swing 2
            """)
    void stripsAppSignaturesAndTicketHeaders(String raw, String expectedDisplay) {
        assertEquals(expectedDisplay, pipeline.prepare(raw, Vocabulary.EMPTY).displayText());
    }

    @Test
    void appliesNfkcAndLowerCaseToTermsButNotToTheDisplayText() {
        PreparedText t = pipeline.prepare("ＳＴＲＥＥＴ ﬁre hydrant Leaking at Café Olé", Vocabulary.EMPTY);
        assertEquals("ＳＴＲＥＥＴ ﬁre hydrant Leaking at Café Olé", t.displayText());
        assertEquals(List.of("street", "fire", "hydrant", "leak", "café", "olé"), t.termKeys());
    }

    @Test
    void dropsUrlsFromTermsAndKeepsThemInTheDisplayText() {
        PreparedText t = pipeline.prepare("Broken sign, see https://example.org/photos/sign-broken.jpg and www.example.com/x", Vocabulary.EMPTY);
        assertTrue(t.displayText().contains("https://example.org/photos/sign-broken.jpg"));
        assertEquals(List.of("broken", "sign", "see"), t.termKeys());
    }

    @Test
    void placeholdersNeverBecomeTerms() {
        PreparedText t = pipeline.prepare("Phone 555-201-3344, mail a@b.org, plate 7ABC123, at 12 Elm St, id 1234567. number email phone",
                Vocabulary.EMPTY);
        assertEquals("Phone [phone], mail [email], plate [plate], at [number] Elm St, id [number]. number email phone", t.displayText());
        // "phone", "number" and "plate" the words are kept; the placeholders are not ("email" is a 311 stopword)
        assertEquals(List.of("phone", "mail", "plate", "elm", "id", "number", "phone"), t.termKeys());
        assertFalse(t.termKeys().contains("[phone]"));
    }
}
