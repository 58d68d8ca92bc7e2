package org.civicthemes.meaning;

/**
 * A sentence-embedding model: its identity (which keys the cache) and a way to make encoders.
 */
public interface SentenceModel {

    /** Names the model and everything that shapes its vectors; vectors of two models never mix. */
    String id();

    /** Length of the vectors. */
    int dimensions();

    /**
     * A new encoder for one worker thread.
     *
     * @throws MeaningUnavailableException when the model or its native code cannot be loaded here
     */
    SentenceEncoder newEncoder();
}
