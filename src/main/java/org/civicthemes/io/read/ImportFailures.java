package org.civicthemes.io.read;

import java.util.Locale;

/** The one-sentence messages for sources that cannot be read, in one place so they stay consistent. */
final class ImportFailures {

    private ImportFailures() {
    }

    static ImportException empty(String file) {
        return new ImportException(file + " is empty (0 bytes). Export the requests again and open the new file.");
    }

    static ImportException noDataRows(String file, String where) {
        return new ImportException(file + where + " has a header but no data rows below it. "
                + "Check that the export contains requests, or pick another sheet.");
    }

    static ImportException noRows(String file) {
        return new ImportException(file + " holds no rows with data. Export the requests again and open the new file.");
    }

    static ImportException damagedWorkbook(String file, Throwable cause) {
        if (isZipBomb(cause)) {
            return zipBomb(file, cause);
        }
        if (declaresDoctype(cause)) {
            return xmlDeclarations(file, cause);
        }
        return new ImportException("The workbook " + file + " is damaged or incomplete (it may have been cut off "
                + "while copying or downloading). Open it in Excel and save it again, or export it again.", cause);
    }

    static ImportException fromWorkbookIo(String file, java.io.IOException e) {
        if (isZipBomb(e)) {
            return zipBomb(file, e);
        }
        return damagedWorkbook(file, e);
    }

    static ImportException badXml(String file, Throwable cause) {
        String msg = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (msg.contains("entity") || msg.contains("entities") || declaresDoctype(cause)) {
            return xmlDeclarations(file, cause);
        }
        if (isZipBomb(cause)) {
            return zipBomb(file, cause);
        }
        return damagedWorkbook(file, cause);
    }

    static ImportException beyondExcelLimits(String file, String sheet, String reference) {
        return new ImportException("The workbook " + file + " (sheet '" + sheet + "') refers to " + reference
                + ", beyond Excel's limits of 1,048,576 rows and 16,384 columns (XFD), so it was not written by Excel "
                + "or is damaged. Open it in Excel and save it again, or export it again.");
    }

    static ImportException noWriter(String file, long seconds) {
        return new ImportException(file + " is a pipe that nothing has written to for " + seconds
                + (seconds == 1 ? " second" : " seconds") + ", so it was not read. Start the program that writes to it first, or save the export to a file and open that.");
    }

    static ImportException binaryWorkbook(String file) {
        return new ImportException("The workbook " + file + " is an Excel binary workbook (.xlsb), an unsupported "
                + "format: save it as .xlsx (in Excel: File > Save As > Excel Workbook) and open the new file.");
    }

    static ImportException passwordProtected(String file) {
        return new ImportException("The workbook " + file + " is protected with a password, so it cannot be read. "
                + "Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), "
                + "save it, and open it again.");
    }

    static ImportException notASpreadsheet(String file, String whatItIs, String advice) {
        return new ImportException(file + " is not a spreadsheet or text export: it looks like " + whatItIs + ". "
                + advice);
    }

    static ImportException binary(String file) {
        return new ImportException(file + " does not contain readable text or a workbook (it looks like binary "
                + "data). Export the requests as .xlsx or .csv and open that file.");
    }

    private static ImportException xmlDeclarations(String file, Throwable cause) {
        return new ImportException("The workbook " + file + " contains XML declarations that could be used to "
                + "attack this computer (DOCTYPE or entities), so it was not read. Open it in Excel, save it "
                + "again as .xlsx, and open the new file.", cause);
    }

    /** Whether a part of the workbook was refused for its DOCTYPE, in any part (the cause may be deep). */
    private static boolean declaresDoctype(Throwable e) {
        return causeMentions(e, "doctype");
    }

    private static ImportException zipBomb(String file, Throwable cause) {
        return new ImportException("The workbook " + file + " expands to far more data than its size (a pattern "
                + "used by 'zip bomb' attacks), so it was not read. If the file is genuine, open it in Excel, "
                + "save it again, and open the new file.", cause);
    }

    private static boolean isZipBomb(Throwable e) {
        return causeMentions(e, "zip bomb", "inflate ratio", "max entry size", "maxentrysize");
    }

    /** Whether the message of the failure or of one of its causes holds one of the words (in lower case). */
    private static boolean causeMentions(Throwable e, String... words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (msg.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
