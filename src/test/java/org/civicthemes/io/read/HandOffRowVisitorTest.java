package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.civicthemes.progress.CancelledException;
import org.junit.jupiter.api.Test;

class HandOffRowVisitorTest {

    /** Records what it is given, and on which thread. */
    private static final class Recorder implements RowVisitor {
        final List<String> seen = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        int failAt = -1;

        @Override
        public boolean row(int rowNumber, List<String> cells) {
            if (rowNumber == failAt) {
                throw new CancelledException();
            }
            seen.add(rowNumber + ":" + String.join("|", cells));
            threads.add(Thread.currentThread().getName());
            return true;
        }

        @Override
        public void merged(CellRegion region) {
            seen.add("merged " + region.firstRow() + "-" + region.lastRow());
        }
    }

    @Test
    void everyRowAndMergedRangeArrivesOnceInReadingOrderOnTheSecondThread() {
        Recorder recorder = new Recorder();
        List<String> expected = new ArrayList<>();
        try (HandOffRowVisitor handOff = new HandOffRowVisitor(recorder)) {
            for (int r = 2; r < 2 + 3 * HandOffRowVisitor.BATCH + 17; r++) {
                handOff.row(r, List.of("text " + r, "2024-01-0" + (r % 9 + 1)));
                expected.add(r + ":text " + r + "|2024-01-0" + (r % 9 + 1));
            }
            handOff.merged(new CellRegion(5, 9, 1, 1));
            expected.add("merged 5-9");
            handOff.finish();
        }
        assertThat(recorder.seen).containsExactlyElementsOf(expected);
        assertThat(recorder.threads).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aFailureOfTheAssemblerStopsTheReaderWithTheSameException() {
        Recorder recorder = new Recorder();
        recorder.failAt = 10;
        assertThatThrownBy(() -> {
            try (HandOffRowVisitor handOff = new HandOffRowVisitor(recorder)) {
                for (int r = 2; r < 1_000_000; r++) {
                    handOff.row(r, List.of("x"));
                }
                handOff.finish();
            }
        }).isInstanceOf(CancelledException.class);
        assertThat(recorder.seen).hasSize(8);
    }

    @Test
    void aFailureOfTheReaderEndsTheAssemblerThread() {
        Recorder recorder = new Recorder();
        HandOffRowVisitor[] kept = new HandOffRowVisitor[1];
        assertThatThrownBy(() -> {
            try (HandOffRowVisitor handOff = new HandOffRowVisitor(recorder)) {
                kept[0] = handOff;
                for (int r = 2; r < 5000; r++) {
                    handOff.row(r, List.of("x"));
                }
                throw new IllegalStateException("the file ended in the middle of a quoted field");
            }
        }).hasMessageContaining("quoted field");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("civic-themes-rows") && t.isAlive());
        assertThat(recorder.seen.size()).isLessThan(5000 - 2);
    }
}
