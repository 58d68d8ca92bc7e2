package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.SkippedRow;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimitedTextImportTest {

    private static final String HEADER = "Request ID{d}Created Date{d}Request Type{d}Description{d}District";

    @TempDir
    Path dir;

    private ImportResult read(Path file) throws ImportException {
        return new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    private Path write(String name, String content, Charset charset, byte... bom) throws Exception {
        byte[] body = content.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return Files.write(dir.resolve(name), all);
    }

    private static String table(String delimiter, String... rows) {
        StringBuilder sb = new StringBuilder(HEADER.replace("{d}", delimiter)).append("\r\n");
        for (String row : rows) {
            sb.append(row.replace("{d}", delimiter)).append("\r\n");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"comma,',',export.csv", "semicolon,';',export.csv", "tab,'\t',export.tsv", "pipe,'|',export.txt"})
    void findsTheDelimiter(String name, String delimiter, String fileName) throws Exception {
        Path file = write(fileName, table(delimiter,
                "1{d}2024-03-05 10:00{d}Pothole{d}Pothole near 5th and Main{d}D1",
                "2{d}2024-03-06 11:00{d}Graffiti{d}Tag on the library wall{d}D2"), StandardCharsets.UTF_8);

        ImportResult result = read(file);

        assertThat(result.report().source().delimiter()).isEqualTo(name);
        assertThat(result.dataset().requests()).extracting(ServiceRequest::text)
                .containsExactly("Pothole near 5th and Main", "Tag on the library wall");
    }

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        Path file = write("bom.csv", table(",", "1,2024-03-05 10:00,Ruido,Música muy fuerte en la fiesta,D1"),
                StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        ImportResult result = read(file);

        assertThat(result.report().source().encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(result.dataset().columns().get(0)).isEqualTo("Request ID");
        assertThat(result.dataset().requests().get(0).text()).isEqualTo("Música muy fuerte en la fiesta");
    }

    @Test
    void readsExcelUnicodeTextAsUtf16WithTabs() throws Exception {
        Path file = write("unicode.txt", table("\t", "1\t2024-03-05 10:00\tStreetlight\tĐèn đường bị hỏng\tD4"),
                StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);

        ImportResult result = read(file);

        assertThat(result.report().source().encoding()).isEqualTo("UTF-16LE with BOM");
        assertThat(result.report().source().delimiter()).isEqualTo("tab");
        assertThat(result.dataset().requests().get(0).text()).isEqualTo("Đèn đường bị hỏng");
    }

    @Test
    void cancellingDuringTheReadStopsTheImportAndLeavesNoReaderThread() throws Exception {
        StringBuilder rows = new StringBuilder("Request ID,Created Date,Request Type,Description,District\n");
        for (int i = 0; i < 50_000; i++) {
            rows.append("SR-").append(i).append(",2024-03-05 10:00,Noise,Loud music from the corner house,D1\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), rows);
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        ProgressListener cancelHalfWay = (step, done, total) -> {
            if (total > 0 && done > total / 2) {
                cancelled.set(true);
            }
        };
        assertThatThrownBy(() -> new SpreadsheetImporter().importFile(file, ImportOptions.DETECT_ALL, cancelHalfWay,
                cancelled::get)).isInstanceOf(org.civicthemes.progress.CancelledException.class);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("civic-themes-rows") && t.isAlive());
    }

    @Test
    void readsOlderExcelCsvAsWindows1252() throws Exception {
        Path file = write("legacy.csv", table(",", "1,2024-03-05 10:00,Noise,Caf\u00e9 music \u2013 too loud,D1"),
                Charset.forName("windows-1252"));

        ImportResult result = read(file);

        assertThat(result.report().source().encoding()).isEqualTo("Windows-1252");
        assertThat(result.dataset().requests().get(0).text()).isEqualTo("Caf\u00e9 music \u2013 too loud");
    }

    @Test
    void keepsQuotedCommasQuotesAndLineBreaksAndNumbersRowsByRecord() throws Exception {
        Path file = write("quoted.csv", table(",",
                "1,2024-03-05 10:00,Dumping,\"Couch, mattress and \"\"free\"\" sign\nleft on the curb\",D1",
                "2,2024-03-06 11:00,Graffiti,Tag on the wall,D2"), StandardCharsets.UTF_8);

        List<ServiceRequest> requests = read(file).dataset().requests();

        assertThat(requests.get(0).text()).isEqualTo("Couch, mattress and \"free\" sign\nleft on the curb");
        assertThat(requests).extracting(ServiceRequest::sourceRow).containsExactly(2, 3);
    }

    @Test
    void countsBlankLinesAsSkippedRows() throws Exception {
        Path file = write("blanks.csv", table(",",
                "1,2024-03-05 10:00,Pothole,Pothole on Elm,D1", "", ",,,,", "2,2024-03-06 11:00,Graffiti,Tag,D2"),
                StandardCharsets.UTF_8);

        ImportResult result = read(file);

        assertThat(result.report().rowsRead()).isEqualTo(4);
        assertThat(result.report().rowsImported()).isEqualTo(2);
        assertThat(result.report().skipped())
                .containsExactly(new SkippedRow(3, "blank line"), new SkippedRow(4, "blank line"));
    }

    @Test
    void warnsAboutRowsWithMoreFieldsThanTheHeader() throws Exception {
        Path file = write("extra.csv", table(",", "1,2024-03-05 10:00,Pothole,Pothole on Elm,D1,surprise",
                "2,2024-03-06 11:00,Graffiti,Tag on the library wall,D2",
                "3,2024-03-07 12:00,Noise,Loud music after midnight,D3"), StandardCharsets.UTF_8);

        ImportResult result = read(file);

        assertThat(result.report().rowsImported()).isEqualTo(3);
        assertThat(result.dataset().columns()).hasSize(5);
        assertThat(result.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("extra-fields");
            assertThat(w.row()).isEqualTo(2);
            assertThat(w.value()).isEqualTo("surprise");
        });
    }

    @Test
    void findsTheHeaderBelowTitleLinesInTextFiles() throws Exception {
        Path file = write("titled.csv", "Riverton 311 export\r\nGenerated 2025-10-01\r\n\r\n"
                + table(",", "1,2024-03-05 10:00,Pothole,Pothole on Elm,D1"), StandardCharsets.UTF_8);

        ImportResult result = read(file);

        assertThat(result.report().source().headerRow()).isEqualTo(4);
        assertThat(result.report().rowsRead()).isEqualTo(1);
        assertThat(result.dataset().requests().get(0).sourceRow()).isEqualTo(5);
    }
}
