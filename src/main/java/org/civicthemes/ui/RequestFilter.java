package org.civicthemes.ui;

import java.util.Objects;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;

/**
 * What the analyst narrowed the views to: a date range and, optionally, one category and one district
 * (empty for any).
 */
public record RequestFilter(DateRange range, String category, String district) {

    public static final RequestFilter NONE = new RequestFilter(DateRange.ALL, "", "");

    public RequestFilter {
        Objects.requireNonNull(range, "range");
        category = category == null ? "" : category;
        district = district == null ? "" : district;
    }

    /** Whether a request passes the category and district choices (the range is applied apart). */
    public boolean keeps(ServiceRequest request) {
        return (category.isEmpty() || category.equals(request.category()))
                && (district.isEmpty() || district.equals(request.district()));
    }

    public boolean isNone() {
        return range.isAll() && category.isEmpty() && district.isEmpty();
    }

    public RequestFilter withRange(DateRange value) {
        return new RequestFilter(value, category, district);
    }

    public RequestFilter withCategory(String value) {
        return new RequestFilter(range, value, district);
    }

    public RequestFilter withDistrict(String value) {
        return new RequestFilter(range, category, value);
    }
}
