package org.civicthemes.io.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes bytes through and reports how many have been read, about once per mebibyte. */
final class CountingInputStream extends FilterInputStream {

    private static final long REPORT_EVERY = 1 << 20;
    private final long total;
    private final TableSource.ByteProgress progress;
    private long count;
    private long nextReport = REPORT_EVERY;

    CountingInputStream(InputStream in, long total, TableSource.ByteProgress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    private void advance(long n) {
        count += n;
        if (count >= nextReport) {
            nextReport = count + REPORT_EVERY;
            progress.update(count, total);
        }
    }
}
