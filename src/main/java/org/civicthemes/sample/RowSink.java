package org.civicthemes.sample;

import java.io.IOException;

/** A file being written, one row at a time; either finished or discarded, exactly once. */
interface RowSink {

    void accept(SampleRow row) throws IOException;

    /** Writes whatever is buffered and closes the file. */
    void finish() throws IOException;

    /** Releases everything without completing the file (after a failure or a cancel); never throws. */
    void discard();
}
