package org.civicthemes.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicthemes.progress.CancellationSource;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleExportGeneratorTest {

    private static final SampleOptions SMALL = SampleOptions.defaults().withRows(3_000);

    @TempDir
    Path dir;

    private Path write(String name, SampleOptions options) throws IOException {
        Path out = dir.resolve(name);
        SampleExportGenerator.write(out, options, ProgressListener.NONE, CancellationToken.NEVER);
        return out;
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    @Test
    void sameOptionsGiveTheSameBytesAndRows() throws IOException {
        Path a = write("a.csv", SMALL);
        Path b = write("b.csv", SMALL);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        List<CSVRecord> ra = readCsv(a);
        List<CSVRecord> rb = readCsv(b);
        assertEquals(ra.size(), rb.size());
        for (int i = 0; i < ra.size(); i++) {
            assertEquals(ra.get(i).toList(), rb.get(i).toList(), "row " + (i + 1));
        }
    }

    @Test
    void sameOptionsGiveTheSameWorkbookBytes() throws IOException, InterruptedException {
        Path a = write("a.xlsx", SMALL.withRows(200));
        Thread.sleep(1_100); // a clock-stamped property would now differ
        Path b = write("b.xlsx", SMALL.withRows(200));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void anotherSeedGivesOtherRows() throws IOException {
        Path a = write("a.csv", SMALL);
        Path b = write("b.csv", SMALL.withSeed(312));
        assertNotEquals(readCsv(a).get(10).toList(), readCsv(b).get(10).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 999, 2_501})
    void rowCountIsExact(int rows) throws IOException {
        assertEquals(rows, readCsv(write("n.csv", SMALL.withRows(rows))).size());
    }

    @Test
    void rowCountIsExactOnAShortRange() throws IOException {
        SampleOptions week = new SampleOptions(500, 9, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 7));
        List<CSVRecord> rows = readCsv(write("week.csv", week));
        assertEquals(500, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("Created Date").startsWith("7/")));
    }

    @Test
    void csvHasTheHeaderCrlfUsDatesAndSortedRows() throws IOException {
        Path file = write("s.csv", SMALL);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("Request ID,Created Date,Closed Date,Status,Request Type,Description,Address,"
                + "Council District,Latitude,Longitude,Source\r\n"), content.substring(0, 200));
        assertFalse(content.replace("\r\n", "").contains("\r"), "only CRLF record ends");
        assertTrue(content.contains("ñ") || content.contains("á") || content.contains("é"), "UTF-8 Spanish text");

        List<CSVRecord> rows = readCsv(file);
        LocalDateTime previous = LocalDateTime.MIN;
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(r.get("Request ID").matches("RIV-2[345]-\\d{6}"), r.get("Request ID"));
            assertTrue(ids.add(r.get("Request ID")), "unique id " + r.get("Request ID"));
            assertTrue(r.get("Created Date").matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M"),
                    r.get("Created Date"));
            LocalDateTime created = LocalDateTime.parse(r.get("Created Date"), SampleColumns.CSV_DATE);
            assertFalse(created.isBefore(previous), "sorted by created date at " + r.get("Request ID"));
            previous = created;
            String closed = r.get("Closed Date");
            String status = r.get("Status");
            if (closed.isEmpty()) {
                assertTrue(status.equals("Open") || status.equals("In Progress"), status);
            } else {
                assertTrue(LocalDateTime.parse(closed, SampleColumns.CSV_DATE).isAfter(created));
                assertTrue(status.equals("Closed") || status.equals("Duplicate"), status);
            }
            assertTrue(r.get("Council District").matches("District [1-9]"));
            assertTrue(r.get("Latitude").isEmpty() || r.get("Latitude").matches("38\\.\\d{6}"), r.get("Latitude"));
            assertTrue(Set.of("Phone", "Web", "Mobile App", "Email", "Walk-in").contains(r.get("Source")));
        }
    }

    @Test
    void workbookLooksLikeACrmExport() throws IOException {
        int rows = 2_000;
        Path file = write("s.xlsx", SMALL.withRows(rows));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("Service Requests", wb.getSheetName(0));
            assertEquals("Notes", wb.getSheetName(1));
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("City of Riverton - 311 Service Requests", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue()
                    .startsWith("Exported 10/1/2025 6:02:14 AM by svc_311_reports"));
            assertNull(sheet.getRow(2), "a blank line between the title and the header");
            Row header = sheet.getRow(3);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertEquals(SampleColumns.HEADERS, names);
            assertEquals(3 + rows, sheet.getLastRowNum());

            Row first = sheet.getRow(4);
            assertTrue(first.getCell(0).getStringCellValue().startsWith("RIV-23-"));
            Cell created = first.getCell(1);
            assertEquals(CellType.NUMERIC, created.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(created), "created is a date cell");
            assertEquals(2023, created.getLocalDateTimeCellValue().getYear());
            int withCoordinates = 0;
            int openRows = 0;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell closed = row.getCell(2);
                if (closed == null) {
                    openRows++;
                } else {
                    assertTrue(DateUtil.isCellDateFormatted(closed), "closed is a date cell at row " + (r + 1));
                }
                Cell lat = row.getCell(8);
                if (lat != null) {
                    assertEquals(CellType.NUMERIC, lat.getCellType());
                    assertEquals(38.9, lat.getNumericCellValue(), 0.1);
                    withCoordinates++;
                }
            }
            assertTrue(withCoordinates > rows * 0.95, "most rows are geocoded: " + withCoordinates);
            assertTrue(openRows > 0, "some requests are still open");
            Sheet notes = wb.getSheet("Notes");
            assertEquals("Column", notes.getRow(0).getCell(0).getStringCellValue());
            assertTrue(notes.getLastRowNum() >= SampleColumns.HEADERS.size());
        }
    }

    @Test
    void xlsxAndCsvHoldTheSameRows() throws IOException {
        SampleOptions options = SMALL.withRows(300);
        List<CSVRecord> csv = readCsv(write("s.csv", options));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(write("s.xlsx", options)))) {
            Sheet sheet = wb.getSheet("Service Requests");
            for (int i = 0; i < csv.size(); i++) {
                Row row = sheet.getRow(4 + i);
                CSVRecord r = csv.get(i);
                assertEquals(r.get("Request ID"), row.getCell(0).getStringCellValue());
                assertEquals(LocalDateTime.parse(r.get("Created Date"), SampleColumns.CSV_DATE),
                        row.getCell(1).getLocalDateTimeCellValue());
                Cell text = row.getCell(5);
                assertEquals(r.get("Description"), text == null ? "" : text.getStringCellValue());
            }
        }
    }

    @Test
    void unknownExtensionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write("s.json", SMALL));
        assertTrue(e.getMessage().contains("*.xlsx or *.csv"), e.getMessage());
    }

    @Test
    void tooManyRowsForASheetIsRefusedBeforeWriting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write("big.xlsx", SMALL.withRows(1_048_573)));
        assertTrue(e.getMessage().contains("Write a .csv instead"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("big.xlsx")));
    }

    @Test
    void progressEndsAtTheTotal() throws IOException {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong calls = new AtomicLong();
        SampleExportGenerator.write(dir.resolve("p.csv"), SMALL.withRows(5_000), (step, done, total) -> {
            assertEquals(SampleExportGenerator.STEP, step);
            assertEquals(5_000, total);
            assertTrue(done >= last.get(), "progress never goes back");
            last.set(done);
            calls.incrementAndGet();
        }, CancellationToken.NEVER);
        assertEquals(5_000, last.get());
        assertTrue(calls.get() >= 3, "reports along the way: " + calls.get());
    }

    @Test
    void cancelStopsAndLeavesNoFile() throws IOException {
        CancellationSource cancel = new CancellationSource();
        Path out = dir.resolve("c.xlsx");
        assertThrows(CancelledException.class, () -> SampleExportGenerator.write(out, SMALL.withRows(20_000),
                (step, done, total) -> {
                    if (done >= 2_000) {
                        cancel.cancel();
                    }
                }, cancel));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor its temporary part remain");
        }
    }

    @Test
    void finishedFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path file = write("perm.csv", SMALL.withRows(10));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                    "same permissions as a file made the ordinary way (umask), not owner-only");
        }
    }

    @Test
    void unwritableDestinationIsAnIoException() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThrows(IOException.class, () -> write("plain-file/s.csv", SMALL.withRows(10)));
        assertTrue(Files.isRegularFile(notADirectory));
    }
}
