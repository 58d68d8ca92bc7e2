package org.civicthemes.io.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicthemes.model.SourceFormat;

/** Opens a file by what its content is, and says so when its name claims something else. */
final class SourceOpener {

    private SourceOpener() {
    }

    static OpenedSource open(Path file) throws IOException, ImportException {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new ImportException("There is no file " + file + ". Check the path and try again.");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a folder, not a file. Choose the exported file inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file + " cannot be read (no permission). Copy it somewhere you can read, "
                    + "or ask for access.");
        }
        SniffedKind kind = FileSniffer.sniff(file);
        return switch (kind) {
            case EMPTY -> throw ImportFailures.empty(name);
            case ZIP -> openXlsx(file);
            case OLE2 -> openXls(file);
            case TEXT -> openText(file);
            case PDF -> throw ImportFailures.notASpreadsheet(name, "a PDF document",
                    "Export the requests from the system as .xlsx or .csv instead of printing them.");
            case IMAGE -> throw ImportFailures.notASpreadsheet(name, "an image",
                    "Open the exported .xlsx or .csv file instead.");
            case HTML -> throw ImportFailures.notASpreadsheet(name, "a web page (HTML) saved with a spreadsheet name",
                    "Open it in Excel, save it as .xlsx, and open the new file.");
            case EXCEL_2003_XML -> throw ImportFailures.notASpreadsheet(name, "an Excel 2003 XML spreadsheet",
                    "Open it in Excel, save it as .xlsx, and open the new file.");
            case BINARY -> throw ImportFailures.binary(name);
        };
    }

    private static OpenedSource openXlsx(Path file) throws IOException, ImportException {
        if (isBinaryWorkbook(file)) {
            throw ImportFailures.binaryWorkbook(file.getFileName().toString());
        }
        XlsxWorkbook wb = XlsxWorkbook.open(file);
        List<TableSource> sheets = new ArrayList<>();
        wb.sheetNames().forEach(s -> sheets.add(wb.sheet(s)));
        return new OpenedSource(SourceFormat.XLSX, sheets, "", "", extensionNote(file, SourceFormat.XLSX), wb);
    }

    private static OpenedSource openXls(Path file) throws ImportException {
        XlsWorkbook wb = XlsWorkbook.open(file);
        List<TableSource> sheets = new ArrayList<>();
        wb.sheetNames().forEach(s -> sheets.add(wb.sheet(s)));
        return new OpenedSource(SourceFormat.XLS, sheets, "", "", extensionNote(file, SourceFormat.XLS), wb);
    }

    private static OpenedSource openText(Path file) throws IOException, ImportException {
        DelimitedTextFile text = DelimitedTextFile.open(file);
        List<String> notes = new ArrayList<>(extensionNote(file, SourceFormat.DELIMITED_TEXT));
        if (text.replacedSequences() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d byte sequence%s of this %s file %s not valid %s; each was read "
                    + "as \uFFFD and the rows holding them are named in the warnings (undecodable-bytes).",
                    text.replacedSequences(), text.replacedSequences() == 1 ? "" : "s", text.encodingName(),
                    text.replacedSequences() == 1 ? "is" : "are", "UTF-8"));
        }
        return new OpenedSource(SourceFormat.DELIMITED_TEXT, List.of(text), text.encodingName(), text.delimiterName(),
                notes, null);
    }

    /** An Excel binary workbook (.xlsb) is a zip like .xlsx, with its parts in binary records (xl/workbook.bin). */
    private static boolean isBinaryWorkbook(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.bin") != null;
        } catch (IOException e) {
            return false; // a damaged zip: the workbook reader says so
        }
    }

    /** A note when the file's extension names another format than its content; reading goes by content. */
    private static List<String> extensionNote(Path file, SourceFormat actual) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        SourceFormat claimed = lower.endsWith(".xlsx") || lower.endsWith(".xlsm") ? SourceFormat.XLSX
                : lower.endsWith(".xls") ? SourceFormat.XLS
                : lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt") ? SourceFormat.DELIMITED_TEXT
                : null;
        if (claimed == null || claimed == actual) {
            return List.of();
        }
        return List.of(name + " is named like " + article(claimed.description()) + " but holds "
                + article(actual.description()) + "; it was read as what it holds.");
    }

    private static String article(String s) {
        return ("aeiouAEIOU".indexOf(s.charAt(0)) >= 0 ? "an " : "a ") + s;
    }
}
