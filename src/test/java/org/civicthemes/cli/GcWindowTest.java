package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6: 1,000,000 requests in a 512 MB heap collected garbage for 20 minutes without an
 * OutOfMemoryError; a run that does nothing but collect for 30 seconds is now stopped with the advice.
 */
class GcWindowTest {

    /** Feeds one sample a second with the given milliseconds of collection each second; the first second it fires. */
    private static int firesAfter(int seconds, long... gcPerSecond) {
        GcWindow window = new GcWindow(30_000, 0.9);
        long gc = 0;
        for (int s = 0; s <= seconds; s++) {
            gc += gcPerSecond[Math.min(s, gcPerSecond.length - 1)];
            if (window.add(1_000_000L + s * 1_000L, gc)) {
                return s;
            }
        }
        return -1;
    }

    @Test
    void collectingNearlyAllTheTimeForThirtySecondsFires() {
        assertThat(firesAfter(120, 950)).isEqualTo(30);
    }

    @Test
    void busyButWorkingNeverFires() {
        assertThat(firesAfter(600, 700)).isEqualTo(-1);
    }

    @Test
    void aShortBurstOfCollectionDoesNotFire() {
        long[] burstThenWork = new long[121];
        java.util.Arrays.fill(burstThenWork, 0, 20, 1000);
        java.util.Arrays.fill(burstThenWork, 20, 121, 200);
        assertThat(firesAfter(120, burstThenWork)).isEqualTo(-1);
    }

    @Test
    void thrashingThatStartsLateFiresAboutThirtySecondsAfterItStarts() {
        long[] workThenThrash = new long[200];
        java.util.Arrays.fill(workThenThrash, 0, 100, 100);
        java.util.Arrays.fill(workThenThrash, 100, 200, 990);
        assertThat(firesAfter(199, workThenThrash)).isBetween(125, 131);
    }
}
