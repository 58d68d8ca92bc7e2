package org.civicthemes.io.read;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/** Turns typed workbook cell values into the strings the importer reads. */
final class CellValues {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private CellValues() {
    }

    /** A date cell as {@code yyyy-MM-ddTHH:mm:ss}, or the plain number when it is no valid date. */
    static String date(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(serial);
        }
        LocalDateTime time = DateUtil.getLocalDateTime(serial, date1904, true);
        return time == null ? number(serial) : ISO_SECONDS.format(time);
    }

    /** A number as Excel shows it in "General" format, without grouping: 3672116, 41.4849843479. */
    static String number(double value) {
        return NumberToTextConverter.toText(value);
    }

    static String bool(String raw) {
        return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
    }
}
