package org.civicthemes.io.read;

/**
 * The control characters a cell value should not hold: C0 controls other than tab, line feed and carriage return
 * (a stray NUL, a bell, a form feed) and DEL. Exports pick them up from copied text and old systems; they are
 * dropped, and the row is named in a warning.
 */
final class ControlCharacters {

    /** What a decoder puts in place of bytes that are not valid in the file's encoding. */
    static final char UNDECODABLE = '\uFFFD';

    private ControlCharacters() {
    }

    static boolean isDropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /**
     * Whether a value holds anything {@code RequestAssembler} must look at: a dropped control character or U+FFFD
     * (bytes that could not be decoded). One pass, and almost always false.
     */
    static boolean needsRepair(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDropped(c) || c == UNDECODABLE) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isDropped(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String drop(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isDropped(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
