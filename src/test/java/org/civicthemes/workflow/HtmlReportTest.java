package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.OptionalInt;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private String report(ThemeRun run, TextChoices text) throws Exception {
        new ExportService().export(new ExportRequest(fixture.imported, run, DateRange.ALL, text, dir,
                new ExportChoices(EnumSet.of(ExportFormat.HTML), true, OptionalInt.empty())), ProgressListener.NONE);
        return Files.readString(dir.resolve("report.html"));
    }

    @Test
    void theReportIsOneFileThatFetchesAndRunsNothing() throws Exception {
        String html = report(fixture.run, TextChoices.DEFAULTS);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .doesNotContain("<script", "<link", " src=", "@import", "url(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(html.split("<svg ", -1)).hasSize(1 + 4);
        assertThat(html).contains("id=\"themes\"", "id=\"trends\"", "id=\"emerging\"", "id=\"seasonality\"",
                "id=\"faq\"", "id=\"how\"", "id=\"about\"", "@media print");
    }

    @Test
    void everyTextFromTheDataIsEscaped() throws Exception {
        int[] themeOf = fixture.run.themes().assignment().toArray();
        ThemeRun run = ExportFixture.runOf(themeOf, new String[] {"<b>Potholes</b> & \"roads\"", "walls", "lights"});

        String html = report(run, TextChoices.DEFAULTS);

        assertThat(html).contains("&lt;b&gt;Potholes&lt;/b&gt; &amp; &quot;roads&quot;").doesNotContain("<b>Potholes");
    }

    @Test
    void theReportSaysHowItWasMadeAndWhatWasRedacted() throws Exception {
        String html = report(fixture.run, TextChoices.DEFAULTS);

        assertThat(html).contains("CivicThemes read riverton-test.csv: 124 rows, of which 122 were imported and 2 "
                + "skipped").contains("with the fixed seed 7").contains("class=\"note\">Personal data is redacted");
        String unredacted = report(fixture.run, TextChoices.keepingAll(java.util.Set.of()));
        assertThat(unredacted).contains("class=\"warn\">Redaction was switched off");
    }
}
