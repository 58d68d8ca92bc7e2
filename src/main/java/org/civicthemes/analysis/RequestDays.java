package org.civicthemes.analysis;

import java.lang.ref.WeakReference;
import java.time.LocalDateTime;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;

/**
 * Every request's created day (as an epoch day) and packed time ({@link PackedTime}), read once per dataset: a filter
 * change at a million requests counted, filtered and profiled the requests by following each one's date objects
 * three times over (issue 15, item 11). The last dataset's are kept, held weakly.
 */
final class RequestDays {

    /** The epoch day of a request without a created date. */
    static final int UNDATED = Integer.MIN_VALUE;

    private static volatile WeakReference<RequestDays> last = new WeakReference<>(null);

    private final WeakReference<Dataset> dataset;
    private final int[] epochDay;
    private final long[] packed;

    private RequestDays(Dataset dataset) {
        this.dataset = new WeakReference<>(dataset);
        int n = dataset.size();
        epochDay = new int[n];
        packed = new long[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime created = dataset.requests().get(i).created();
            epochDay[i] = created == null ? UNDATED : (int) created.toLocalDate().toEpochDay();
            packed[i] = created == null ? 0 : PackedTime.of(created);
        }
    }

    /** The days of a dataset's requests: the last dataset's, or read now. */
    static RequestDays of(Dataset dataset) {
        RequestDays days = last.get();
        if (days == null || days.dataset.get() != dataset) {
            days = new RequestDays(dataset);
            last = new WeakReference<>(days);
        }
        return days;
    }

    /** The epoch day a request was created, or {@link #UNDATED}. */
    int epochDay(int request) {
        return epochDay[request];
    }

    /** The packed created time of a dated request. */
    long packed(int request) {
        return packed[request];
    }

    /** Whether the request was created in the range (any request, dated or not, when the range is all). */
    boolean in(int request, DateRange range, long from, long to) {
        if (range.isAll()) {
            return true;
        }
        int day = epochDay[request];
        return day != UNDATED && day >= from && day <= to;
    }

    /** The first epoch day of a range ({@link Long#MIN_VALUE} when open). */
    static long from(DateRange range) {
        return range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay();
    }

    /** The last epoch day of a range ({@link Long#MAX_VALUE} when open). */
    static long to(DateRange range) {
        return range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay();
    }
}
