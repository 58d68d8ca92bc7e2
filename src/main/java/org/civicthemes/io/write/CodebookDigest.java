package org.civicthemes.io.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookText;
import org.civicthemes.model.CodebookTheme;

/**
 * The SHA-256 of what places a request in a codebook: the space (vocabulary, idf, projection, meaning model, weight,
 * threshold, text options) and every theme's id and centres. A codebook file stores it; a file whose numbers were
 * changed after saving no longer matches and is refused. Names, descriptions, departments and examples are left
 * out: an analyst may correct those in a text editor.
 */
final class CodebookDigest {

    private CodebookDigest() {
    }

    static String of(Codebook codebook) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        CodebookSpace space = codebook.space();
        for (String term : space.terms()) {
            text(sha, term);
        }
        for (double v : space.idf()) {
            number(sha, Double.doubleToLongBits(v));
        }
        number(sha, space.sublinearTf() ? 1 : 0);
        number(sha, space.dimensions());
        for (float v : space.projection()) {
            number(sha, Float.floatToIntBits(v));
        }
        text(sha, space.meaningModel());
        number(sha, space.meaningDimensions());
        number(sha, Double.doubleToLongBits(space.wordWeight()));
        number(sha, Double.doubleToLongBits(space.threshold()));
        CodebookText t = space.text();
        text(sha, String.join(",", t.redacted()));
        text(sha, String.join(",", t.extraStopwords()));
        text(sha, "" + t.stemming() + t.detectLanguage() + t.phrases() + t.phrasesReplace() + t.spanishGlossary());
        for (CodebookTheme theme : codebook.themes()) {
            number(sha, theme.id());
            for (float v : theme.centre()) {
                number(sha, Float.floatToIntBits(v));
            }
            for (float v : theme.wordsCentre()) {
                number(sha, Float.floatToIntBits(v));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static void number(MessageDigest sha, long v) {
        for (int i = 0; i < 8; i++) {
            sha.update((byte) (v >>> (8 * i)));
        }
    }
}
