package org.civicthemes.meaning;

/**
 * Turns one text into a unit-length sentence vector. A text's vector depends on that text alone (never on the
 * texts encoded before or beside it), so a cached vector equals a fresh one. Implementations are used by one thread.
 */
public interface SentenceEncoder extends AutoCloseable {

    /** The unit-length vector of a text (all zeros for a text with nothing to read). */
    float[] encode(String text);

    @Override
    void close();
}
