package org.civicthemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 7: every refusal is one line on stderr: no library log lines or stack traces before it, no second
 * line, no line break from a file name; an .xlsb is called unsupported; --k 0 is refused, not taken as auto.
 */
class OneLineMessagesTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("two-requests.csv"), "Created Date,Description\n"
                + "2024-03-05 10:00,Pothole on Elm street near the school\n2024-03-06 10:00,Graffiti on the wall\n");
    }

    private String onlyLine() {
        assertThat(cli.err().lines().toList()).as(cli.err()).hasSize(1);
        return cli.err().strip();
    }

    @Test
    void aSeedThatIsNoNumberIsOneLine() throws Exception {
        assertThat(run("analyze", csv().toString(), "--out", dir.resolve("o").toString(), "--seed", "x")).isEqualTo(2);
        assertThat(onlyLine()).isEqualTo("civic-themes: Invalid value for option '--seed': 'x' is not a whole number "
                + "(see 'civic-themes analyze --help' for the options)");
    }

    @Test
    void aDateThatDoesNotExistIsOneLineWithoutJavaClassNames() throws Exception {
        assertThat(run("analyze", csv().toString(), "--out", dir.resolve("o").toString(), "--from", "2024-13-01"))
                .isEqualTo(2);
        assertThat(onlyLine()).startsWith("civic-themes: Invalid value for option '--from': '2024-13-01' is not a "
                + "date: write it as YYYY-MM-DD").doesNotContain("java.");
    }

    @Test
    void zeroThemesIsRefusedNotTakenAsAuto() throws Exception {
        assertThat(run("analyze", csv().toString(), "--out", dir.resolve("o").toString(), "--k", "0")).isEqualTo(2);
        assertThat(onlyLine()).isEqualTo("civic-themes: The number of themes must be from 2 to 200, or auto: 0");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneLine() throws Exception {
        Path file = Files.write(dir.resolve("bad\nname.csv"), new byte[] {1, 2, 3, 0, 4, 5, 6, 7, 1, 2, 3, 0});
        assertThat(run("analyze", file.toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
        assertThat(onlyLine()).startsWith("civic-themes: bad\\nname.csv does not contain readable text");
    }

    @Test
    void anXlsbIsAnUnsupportedFormatToSaveAsXlsx() throws Exception {
        assertThat(run("analyze", xlsb().toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
        assertThat(onlyLine()).isEqualTo("civic-themes: The workbook requests.xlsb is an Excel binary workbook (.xlsb), "
                + "an unsupported format: save it as .xlsx (in Excel: File > Save As > Excel Workbook) and open the "
                + "new file.");
    }

    @Test
    void hostileWorkbooksAreRefusedWithOneLineAndNoLibraryLogInItsOwnJvm() throws Exception {
        for (Path file : List.of(withDoctype(), xlsb())) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "org.civicthemes.Launcher", "analyze", file.toString(), "--out", dir.resolve("o").toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr.lines().toList()).as(stderr).singleElement().asString()
                    .startsWith("civic-themes: The workbook " + file.getFileName());
        }
    }

    /** A workbook whose sheet declares a DOCTYPE with entities (an XML bomb). */
    private Path withDoctype() throws Exception {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a;</t></is></c></row></sheetData></worksheet>";
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(plain)) {
            wb.createSheet("Requests").createRow(0).createCell(0).setCellValue("Description");
            wb.write(os);
        }
        Path target = dir.resolve("doctype.xlsx");
        try (ZipFile zip = new ZipFile(plain.toFile());
             ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                zos.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zos.write(sheet.getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.getInputStream(entry).transferTo(zos);
                }
                zos.closeEntry();
            }
        }
        return target;
    }

    /** The parts of an Excel binary workbook: content types, relationships, and a binary workbook part. */
    private Path xlsb() throws Exception {
        Path file = dir.resolve("requests.xlsb");
        try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zos, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/xl/workbook"
                    + ".bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
            put(zos, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/>"
                    + "</Relationships>");
            put(zos, "xl/workbook.bin", "\u0083\u0001\u0000\u0080\u0001");
        }
        return file;
    }

    private static void put(ZipOutputStream zos, String name, String content) throws Exception {
        zos.putNextEntry(new ZipEntry(name));
        zos.write(content.getBytes(StandardCharsets.UTF_8));
        zos.closeEntry();
    }
}
