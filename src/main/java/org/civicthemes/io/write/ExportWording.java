package org.civicthemes.io.write;

import java.util.Locale;
import org.civicthemes.model.DateRange;

/** The sentences that head every export (title, range, filter), worded once for the workbook and the report. */
final class ExportWording {

    private ExportWording() {
    }

    static String title(ExportContent content) {
        return "Theme summary: " + content.dataset().source().fileName();
    }

    /** What the export covers: the range and how many requests it holds. */
    static String scope(ExportContent content) {
        String narrowed = content.narrowing() == null || content.narrowing().isEmpty() ? ""
                : " Only requests of " + content.narrowing() + ".";
        return range(content) + narrowed;
    }

    private static String range(ExportContent content) {
        int all = content.run().size();
        DateRange days = content.dataDays();
        if (content.range().isAll()) {
            long undated = content.dataset().requests().isEmpty() ? 0 : countUndated(content);
            String span = days.from() == null ? "" : ", created " + days.from() + " to " + days.to();
            return String.format(Locale.ROOT, "All %,d grouped requests of the file%s%s.", all, span,
                    undated == 0 ? "" : String.format(Locale.ROOT, " (%,d without a created date)", undated));
        }
        return String.format(Locale.ROOT, "The %,d requests created from %s to %s.", all, day(content.range().from(),
                days.from()), day(content.range().to(), days.to()));
    }

    /** Which themes the export shows. */
    static String filter(ExportContent content) {
        if (!content.department().isEmpty()) {
            long shown = content.groups().stream().mapToLong(content::sizeOf).sum();
            return String.format(Locale.ROOT, "The themes of %s: %s (%,d of the %,d requests in the range).",
                    content.department(), content.groups().stream().map(g -> content.fileIdOf(g) + " "
                            + content.labelOf(g)).collect(java.util.stream.Collectors.joining(", ")), shown,
                    content.run().size());
        }
        if (content.onlyTheme().isEmpty()) {
            return "All themes, with Unclear (requests that fit no theme well) and No description.";
        }
        int group = content.groups().get(0);
        return String.format(Locale.ROOT, "One theme only: %d %s (%,d of the %,d requests in the range).",
                content.fileIdOf(group), content.labelOf(group), content.sizeOf(group), content.run().size());
    }

    private static long countUndated(ExportContent content) {
        long undated = 0;
        for (int index : content.run().requestIndexes()) {
            if (content.dataset().requests().get(index).created() == null) {
                undated++;
            }
        }
        return undated;
    }

    private static String day(java.time.LocalDate asked, java.time.LocalDate data) {
        return asked != null ? asked.toString() : data != null ? data.toString() : "the end";
    }
}
