package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets one clear sentence that names the file and says what to do; nothing hangs. */
class BadInputTest {

    @TempDir
    Path dir;

    private String failureOf(Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new SpreadsheetImporter()
                .importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER));
        assertThat(thrown).isInstanceOf(ImportException.class);
        String message = thrown.getMessage();
        assertThat(message).doesNotContain("Exception").doesNotContain("\n    at ");
        return message;
    }

    private Path validWorkbook(String name) throws Exception {
        return Workbooks.xlsx().sheet("Requests")
                .row(1, "Created Date", "Request Type", "Description")
                .row(2, LocalDateTime.of(2024, 5, 1, 9, 0), "Graffiti", "Tagging on the wall of the library")
                .writeTo(dir.resolve(name));
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThat(failureOf(file)).isEqualTo("empty.csv is empty (0 bytes). Export the requests again and open the new file.");
    }

    @Test
    void missingFile() {
        assertThat(failureOf(dir.resolve("nowhere.xlsx"))).startsWith("There is no file ").endsWith("Check the path and try again.");
    }

    @Test
    void pdfNamedAsWorkbook() throws Exception {
        Path file = Files.write(dir.resolve("requests.xlsx"), "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(failureOf(file)).startsWith("requests.xlsx is not a spreadsheet or text export: it looks like a PDF document.");
    }

    @Test
    void webPageNamedAsXls() throws Exception {
        Path file = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        assertThat(failureOf(file)).contains("a web page (HTML)").contains("save it as .xlsx");
    }

    @Test
    void csvNamedAsXlsxIsReadAsTextWithANote() throws Exception {
        Path file = Files.writeString(dir.resolve("really-text.xlsx"),
                "Created Date,Description\n2024-03-05 10:00,Pothole on Elm street near the school\n");
        var result = new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
        assertThat(result.report().rowsImported()).isEqualTo(1);
        assertThat(result.report().notes()).anyMatch(n -> n.contains("is named like an Excel workbook (.xlsx) but holds a Delimited text"));
    }

    @Test
    void truncatedWorkbook() throws Exception {
        byte[] whole = Files.readAllBytes(validWorkbook("whole.xlsx"));
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(failureOf(file)).startsWith("The workbook cut.xlsx is damaged or incomplete");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path plain = validWorkbook("plain.xlsx");
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(failureOf(file)).startsWith("The workbook secret.xlsx is protected with a password")
                .contains("remove the password");
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x01;
        noise[10] = 0;
        Path file = Files.write(dir.resolve("noise.csv"), noise);
        assertThat(failureOf(file)).startsWith("noise.csv does not contain readable text or a workbook");
    }

    @Test
    void noColumnCouldHoldRequestText() throws Exception {
        Path file = Files.writeString(dir.resolve("numbers.csv"), "id,x,y\n1,41.5,-71.3\n2,41.6,-71.2\n");
        assertThat(failureOf(file)).startsWith("No column in numbers.csv looks like request text")
                .contains("Its columns are: id, x, y.")
                .contains("--text COLUMN");
    }

    @Test
    void headerWithoutData() throws Exception {
        Path file = Files.writeString(dir.resolve("header-only.csv"), "Created Date,Description\n");
        assertThat(failureOf(file)).isEqualTo("header-only.csv has a header but no data rows below it. "
                + "Check that the export contains requests, or pick another sheet.");
    }

    @Test
    void unclosedQuoteNamesTheRecord() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.csv"),
                "Created Date,Description\n2024-03-05,fine\n2024-03-06,\"never closed\n2024-03-07,lost\n");
        assertThat(failureOf(file)).startsWith("broken.csv, record 3 (near line").contains("never closed");
    }

    @Test
    void unknownSheetListsTheSheets() throws Exception {
        Path file = validWorkbook("book.xlsx");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new SpreadsheetImporter()
                .importFile(file, ImportOptions.DETECT_ALL.withSheet("Data"), ProgressListener.NONE, CancellationToken.NEVER));
        assertThat(thrown).hasMessage("book.xlsx has no sheet named 'Data'. Its sheets are: Requests.");
    }

    @Test
    void unknownColumnListsTheColumns() throws Exception {
        Path file = validWorkbook("book.xlsx");
        ImportOptions options = ImportOptions.DETECT_ALL.withColumns(org.civicthemes.model.ColumnRole.REQUEST_TEXT,
                java.util.List.of("Details"));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new SpreadsheetImporter()
                .importFile(file, options, ProgressListener.NONE, CancellationToken.NEVER));
        assertThat(thrown).hasMessage("There is no column 'Details' in book.xlsx (sheet 'Requests') for Request text. "
                + "Its columns are: Created Date, Request Type, Description.");
    }

    @Test
    void xmlEntityTricksAreRefused() throws Exception {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Description</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
        Path file = Workbooks.replaceSheetXml(validWorkbook("plain.xlsx"), dir.resolve("entities.xlsx"), sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(failureOf(file)).startsWith("The workbook entities.xlsx contains XML declarations that could be used to attack");
    }

    /** Issue 14, item 7: a DOCTYPE in a part other than a sheet was called "damaged or incomplete". */
    @Test
    void aDoctypeInTheWorkbookPartIsRefusedAsSuch() throws Exception {
        Path plain = validWorkbook("plain.xlsx");
        String workbookXml = Workbooks.part(plain, "xl/workbook.xml");
        int afterDeclaration = workbookXml.indexOf("?>") + 2;
        String withDoctype = workbookXml.substring(0, afterDeclaration) + "<!DOCTYPE lol [<!ENTITY a \"aaaa\">]>"
                + workbookXml.substring(afterDeclaration);
        Path file = Workbooks.replacePart(plain, dir.resolve("doctype-workbook.xlsx"), "xl/workbook.xml",
                withDoctype.getBytes(StandardCharsets.UTF_8));
        assertThat(failureOf(file)).startsWith("The workbook doctype-workbook.xlsx contains XML declarations that "
                + "could be used to attack");
    }

    @Test
    void zipBombsAreRefused() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.writeBytes(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Description</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 40; i++) {
            xml.writeBytes(spaces);
        }
        xml.writeBytes("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        Path file = Workbooks.replaceSheetXml(validWorkbook("plain.xlsx"), dir.resolve("bomb.xlsx"), xml.toByteArray());
        assertThat(failureOf(file)).startsWith("The workbook bomb.xlsx expands to far more data than its size");
    }
}
