package org.civicthemes.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A kind of file an export writes, with the names of its files. */
public enum ExportFormat {
    /** summary.xlsx: the workbook a department opens in Excel. */
    XLSX("xlsx", "summary.xlsx"),
    /** requests.csv and themes.csv: flat tables for Power BI and Tableau. */
    CSV("csv", "requests.csv", "themes.csv"),
    /**
     * report.html: one self-contained page to read in a browser or print to PDF; brief.html: the one-page agent brief
     * (what residents contact the city about more than usual, their questions, the FAQ's answers).
     */
    HTML("html", "report.html", "brief.html");

    private final String key;
    private final List<String> fileNames;

    ExportFormat(String key, String... fileNames) {
        this.key = key;
        this.fileNames = List.of(fileNames);
    }

    /** The name on the command line: xlsx, csv, html. */
    public String key() {
        return key;
    }

    /** The files of this format: summary.xlsx; with a suffix for a per-theme export: summary-theme-3.xlsx. */
    public List<String> fileNames(String suffix) {
        List<String> names = new ArrayList<>();
        for (String name : fileNames) {
            int dot = name.lastIndexOf('.');
            names.add(name.substring(0, dot) + suffix + name.substring(dot));
        }
        return names;
    }

    /**
     * The formats of a comma-separated list ("xlsx,csv"); "all" is every format and "none" none.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<ExportFormat> parse(String list) {
        EnumSet<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String part : list.split(",")) {
            String key = part.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || key.equals("none")) {
                continue;
            }
            if (key.equals("all")) {
                formats.addAll(EnumSet.allOf(ExportFormat.class));
                continue;
            }
            formats.add(Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("Unknown export format '" + part.strip() + "' in --format. Formats: "
                            + Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "))
                            + ", all or none.")));
        }
        return formats;
    }
}
