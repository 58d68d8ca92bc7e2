package org.civicthemes.io.read;

import java.util.List;
import java.util.Set;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ServiceRequest;

/**
 * Gives every row under a vertically merged cell the merged value: a category merged over five rows
 * belongs to all five requests, as the analyst sees it in Excel. Applies to the short text roles
 * (not the request text, whose emptiness the report has already counted).
 */
final class MergedCellFill {

    private static final Set<ColumnRole> FILLED = Set.of(ColumnRole.CATEGORY,
            ColumnRole.STATUS, ColumnRole.DISTRICT, ColumnRole.ADDRESS, ColumnRole.REQUEST_ID, ColumnRole.CHANNEL);

    private MergedCellFill() {
    }

    /** Fills in place; requests are in ascending source-row order. Returns how many values were filled. */
    static int apply(List<ServiceRequest> requests, List<CellRegion> regions, ColumnLayout layout) {
        int filled = 0;
        for (CellRegion region : regions) {
            ColumnRole role = roleOf(layout, region.firstColumn() - 1);
            if (role == null || !FILLED.contains(role)) {
                continue;
            }
            int top = indexOfRow(requests, region.firstRow());
            if (top < 0) {
                continue;
            }
            String value = valueOf(requests.get(top), role);
            for (int row = region.firstRow() + 1; row <= region.lastRow(); row++) {
                int i = indexOfRow(requests, row);
                if (i >= 0 && valueOf(requests.get(i), role).isEmpty()) {
                    requests.set(i, with(requests.get(i), role, value));
                    filled++;
                }
            }
        }
        return filled;
    }

    private static ColumnRole roleOf(ColumnLayout layout, int columnIndex) {
        for (ColumnRole role : ColumnRole.values()) {
            for (int i : layout.of(role)) {
                if (i == columnIndex) {
                    return role;
                }
            }
        }
        return null;
    }

    private static int indexOfRow(List<ServiceRequest> requests, int row) {
        int lo = 0;
        int hi = requests.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = requests.get(mid).sourceRow();
            if (r < row) {
                lo = mid + 1;
            } else if (r > row) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static String valueOf(ServiceRequest r, ColumnRole role) {
        return switch (role) {
            case REQUEST_TEXT -> r.text();
            case CATEGORY -> r.category();
            case STATUS -> r.status();
            case DISTRICT -> r.district();
            case ADDRESS -> r.address();
            case REQUEST_ID -> r.requestId();
            case CHANNEL -> r.channel();
            default -> "";
        };
    }

    private static ServiceRequest with(ServiceRequest r, ColumnRole role, String v) {
        return new ServiceRequest(r.sourceRow(),
                role == ColumnRole.REQUEST_ID ? v : r.requestId(),
                role == ColumnRole.REQUEST_TEXT ? v : r.text(),
                r.created(), r.closed(),
                role == ColumnRole.CATEGORY ? v : r.category(),
                role == ColumnRole.STATUS ? v : r.status(),
                role == ColumnRole.DISTRICT ? v : r.district(),
                role == ColumnRole.ADDRESS ? v : r.address(),
                r.latitude(), r.longitude(),
                role == ColumnRole.CHANNEL ? v : r.channel());
    }
}
