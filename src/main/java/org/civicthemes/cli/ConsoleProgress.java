package org.civicthemes.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.civicthemes.progress.ProgressListener;

/** Shows progress on a terminal as one line rewritten in place; silent when output is not a terminal. */
final class ConsoleProgress implements ProgressListener {

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private String lastLine = "";

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String step, long done, long total) {
        if (!terminal) {
            return;
        }
        String line = total > 0 ? String.format(Locale.ROOT, "%s: %,d of %,d", step, Math.min(done, total), total)
                : step;
        if (!line.equals(lastLine)) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
            err.flush();
            lastLine = line;
        }
        if (total > 0 && done >= total) {
            err.print("\r" + " ".repeat(line.length()) + "\r");
            err.flush();
            lastLine = "";
        }
    }
}
