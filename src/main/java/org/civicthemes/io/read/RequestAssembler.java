package org.civicthemes.io.read;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.progress.CancellationToken;

/**
 * Turns the data rows below the header into requests. Every row is accounted for: it becomes a request,
 * or it is skipped with a reason (blank line, repeated header line). Values that cannot be read are kept
 * empty and named in a warning, never guessed.
 */
final class RequestAssembler implements RowVisitor {

    private static final int CANCEL_CHECK_EVERY = 2048;

    private final int headerRowNumber;
    private final List<String> headerCells;
    private final ColumnLayout layout;
    private final DateColumnParser createdParser;
    private final DateColumnParser closedParser;
    private final WarningLog warnings;
    private final CancellationToken cancel;
    private final StringPool categories = new StringPool();
    private final StringPool statuses = new StringPool();
    private final StringPool districts = new StringPool();
    private final StringPool channels = new StringPool();
    private final DateTimePool dates = new DateTimePool();

    private final List<ServiceRequest> requests = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final List<CellRegion> mergedRegions = new ArrayList<>();
    private int lastRowNumber;
    /** Rows left out between the rows seen so far, skipped as blank lines at the end unless they arrive late. */
    private final BitSet gaps = new BitSet();
    private final BitSet seen = new BitSet();
    private boolean outOfOrder;
    private boolean finished;
    private long rowsRead;
    private long rowsWithoutText;
    private long dateless;

    RequestAssembler(int headerRowNumber, List<String> headerCells, ColumnLayout layout,
                     DateColumnParser createdParser, DateColumnParser closedParser, WarningLog warnings,
                     CancellationToken cancel) {
        this.headerRowNumber = headerRowNumber;
        this.headerCells = headerCells.stream().map(String::strip).toList();
        this.layout = layout;
        this.createdParser = createdParser;
        this.closedParser = closedParser;
        this.warnings = warnings;
        this.cancel = cancel;
        this.lastRowNumber = headerRowNumber;
    }

    @Override
    public boolean row(int rowNumber, List<String> cells) {
        if (rowNumber <= headerRowNumber) {
            return true;
        }
        if (rowNumber < lastRowNumber) {
            outOfOrder = true;
        } else {
            if (rowNumber > lastRowNumber + 1) {
                gaps.set(lastRowNumber + 1, rowNumber);
            }
            lastRowNumber = rowNumber;
        }
        if (seen.get(rowNumber)) {
            warnings.add("repeated-row", rowNumber, "", "", "The sheet lists this row number more than once; "
                    + "every copy was imported. Open the file in Excel and save it again to check.");
        }
        gaps.clear(rowNumber);
        seen.set(rowNumber);
        if ((rowsRead & (CANCEL_CHECK_EVERY - 1)) == 0) {
            cancel.throwIfCancelled();
        }
        cells = repaired(rowNumber, cells);
        if (isBlank(cells)) {
            skip(rowNumber, "blank line");
        } else if (repeatsHeader(cells)) {
            skip(rowNumber, "repeated header line");
        } else {
            rowsRead++;
            requests.add(toRequest(rowNumber, cells));
        }
        return true;
    }

    @Override
    public void merged(CellRegion region) {
        if (region.lastRow() > headerRowNumber && region.lastRow() > region.firstRow()) {
            mergedRegions.add(region);
        }
    }

    /**
     * Ends the pass: rows a workbook left out become skipped blank lines, and when rows came out of order the
     * requests and skipped rows are put in row order.
     */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (int missing = gaps.nextSetBit(0); missing >= 0; missing = gaps.nextSetBit(missing + 1)) {
            skip(missing, "blank line");
        }
        if (outOfOrder || !gaps.isEmpty()) {
            skipped.sort(Comparator.comparingInt(SkippedRow::row));
        }
        if (outOfOrder) {
            requests.sort(Comparator.comparingInt(ServiceRequest::sourceRow));
        }
    }

    List<ServiceRequest> requests() {
        return requests;
    }

    List<SkippedRow> skipped() {
        return skipped;
    }

    long rowsRead() {
        return rowsRead;
    }

    long rowsWithoutText() {
        return rowsWithoutText;
    }

    long dateless() {
        return dateless;
    }

    List<CellRegion> mergedRegions() {
        return mergedRegions;
    }

    private void skip(int rowNumber, String reason) {
        rowsRead++;
        skipped.add(new SkippedRow(rowNumber, reason));
    }

    private ServiceRequest toRequest(int row, List<String> cells) {
        warnAboutWidth(row, cells);
        String text = joinText(cells);
        if (text.isEmpty()) {
            rowsWithoutText++;
            warnings.add("no-text", row, String.join(" + ", names(ColumnRole.REQUEST_TEXT)), "",
                    "Imported without text: every text column is empty, so the request goes to 'No description'.");
        }
        LocalDateTime created = date(row, cells, ColumnRole.CREATED_DATE, createdParser);
        if (created == null) {
            dateless++;
        }
        return new ServiceRequest(row,
                cell(cells, ColumnRole.REQUEST_ID),
                text,
                created,
                date(row, cells, ColumnRole.CLOSED_DATE, closedParser),
                categories.intern(cell(cells, ColumnRole.CATEGORY)),
                statuses.intern(cell(cells, ColumnRole.STATUS)),
                districts.intern(cell(cells, ColumnRole.DISTRICT)),
                cell(cells, ColumnRole.ADDRESS),
                coordinate(row, cells, ColumnRole.LATITUDE, 90),
                coordinate(row, cells, ColumnRole.LONGITUDE, 180),
                channels.intern(cell(cells, ColumnRole.CHANNEL)));
    }

    /** Joins the text columns; a part already contained at the start of the next one is not repeated. */
    private String joinText(List<String> cells) {
        String joined = "";
        for (int index : layout.of(ColumnRole.REQUEST_TEXT)) {
            String part = get(cells, index);
            if (part.isEmpty()) {
                continue;
            }
            if (joined.isEmpty()) {
                joined = part;
            } else if (part.regionMatches(true, 0, joined, 0, joined.length())) {
                joined = part;
            } else if (!joined.regionMatches(true, 0, part, 0, part.length())) {
                joined = joined + (endsSentence(joined) ? " " : ". ") + part;
            }
        }
        return joined;
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private LocalDateTime date(int row, List<String> cells, ColumnRole role, DateColumnParser parser) {
        int index = layout.single(role);
        if (index < 0) {
            return null;
        }
        String raw = get(cells, index);
        if (raw.isEmpty()) {
            return null;
        }
        Optional<LocalDateTime> parsed = parser.parse(raw);
        if (parsed.isEmpty()) {
            warnings.add("unreadable-date", row, layout.name(index), raw,
                    "This " + role.displayName().toLowerCase(java.util.Locale.ROOT) + " could not be read as a date ("
                            + parser.describe() + " expected); the request is kept with no date.");
            return null;
        }
        if (!PlausibleDates.contains(parsed.get())) {
            warnings.add(PlausibleDates.KIND, row, layout.name(index), raw, PlausibleDates.outside(role.displayName()));
            return null;
        }
        return dates.share(parsed.get());
    }

    private double coordinate(int row, List<String> cells, ColumnRole role, double limit) {
        int index = layout.single(role);
        if (index < 0) {
            return Double.NaN;
        }
        String raw = get(cells, index);
        if (raw.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(raw.replace(',', '.'));
            if (Math.abs(v) <= limit) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warnings.add("unreadable-coordinate", row, layout.name(index), raw,
                "This " + role.displayName().toLowerCase(java.util.Locale.ROOT) + " is not a number between -"
                        + (int) limit + " and " + (int) limit + "; the request is kept without a map position.");
        return Double.NaN;
    }

    /**
     * The cells without control characters; each cell that had some, or that holds U+FFFD (bytes that could not be
     * decoded), is named in a warning.
     */
    private List<String> repaired(int row, List<String> cells) {
        List<String> out = cells;
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (!ControlCharacters.needsRepair(value)) {
                continue;
            }
            if (ControlCharacters.containsAny(value)) {
                if (out == cells) {
                    out = new ArrayList<>(cells);
                }
                value = ControlCharacters.drop(value);
                out.set(i, value);
                warnings.add("control-characters", row, columnName(i), value, "This value held control characters "
                        + "(such as NUL) that are not text; they were dropped and the rest was read.");
            }
            if (value.indexOf(ControlCharacters.UNDECODABLE) >= 0) {
                warnings.add("undecodable-bytes", row, columnName(i), value, "This value held bytes that are not "
                        + "valid in the file's encoding; each was read as \uFFFD and the rest of the value as written.");
            }
        }
        return out;
    }

    private String columnName(int index) {
        return index < layout.width() ? layout.name(index) : "Column " + CellReference.letters(index + 1);
    }

    private void warnAboutWidth(int row, List<String> cells) {
        for (int i = layout.width(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                warnings.add("extra-fields", row, "", cells.get(i),
                        "This row has more fields than the header has columns (" + cells.size() + " > "
                                + layout.width() + "); the extra fields were not read. A delimiter or quote inside "
                                + "a value may be unescaped.");
                return;
            }
        }
    }

    private String cell(List<String> cells, ColumnRole role) {
        int index = layout.single(role);
        return index < 0 ? "" : get(cells, index);
    }

    private static String get(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private List<String> names(ColumnRole role) {
        List<String> out = new ArrayList<>();
        for (int i : layout.of(role)) {
            out.add(layout.name(i));
        }
        return out;
    }

    private static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean repeatsHeader(List<String> cells) {
        int compared = 0;
        for (int i = 0; i < headerCells.size(); i++) {
            String h = headerCells.get(i);
            String c = i < cells.size() ? cells.get(i).strip() : "";
            if (!h.equalsIgnoreCase(c)) {
                return false;
            }
            if (!h.isEmpty()) {
                compared++;
            }
        }
        return compared >= 2;
    }
}
