package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.civicthemes.analysis.CrossTab;
import org.civicthemes.analysis.EmergingThemes;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.analysis.Period;
import org.civicthemes.analysis.SinceCodebook;
import org.civicthemes.analysis.ThemeChange;
import org.civicthemes.analysis.ThemeDayCounts;
import org.civicthemes.analysis.ThemeRunSlice;
import org.civicthemes.analysis.ThemeSeasonality;
import org.civicthemes.analysis.Trends;
import org.civicthemes.io.write.BriefHtmlWriter;
import org.civicthemes.io.write.ExportContent;
import org.civicthemes.io.write.ExportWriter;
import org.civicthemes.io.write.HtmlReportWriter;
import org.civicthemes.io.write.RequestsCsvWriter;
import org.civicthemes.io.write.SummaryWorkbookWriter;
import org.civicthemes.io.write.ThemesCsvWriter;
import org.civicthemes.model.ColumnRole;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.PiiKind;

/**
 * Exports a theme summary: narrows the run to the range, computes the views once, and has each format's writer
 * lay them out. Both faces call it: the command line after {@code analyze}, the workbench with the themes as the
 * analyst edited them. Files are written through a temporary file and never replace an existing file unless the
 * choices say so.
 */
public final class ExportService {

    private final Clock clock;

    public ExportService() {
        this(Clock.systemUTC());
    }

    /** @param clock the time an export records as its making (fixed in tests) */
    public ExportService(Clock clock) {
        this.clock = clock;
    }

    /** The files the choices would write in the folder that are already there. */
    public List<Path> existing(Path outDir, ExportChoices choices) {
        return choices.files(outDir).stream().filter(Files::exists).toList();
    }

    /**
     * Stops before any work when a file the choices would write is already there and may not be replaced.
     *
     * @throws BadInputException naming the file and saying how to go on
     */
    public void checkTargets(Path outDir, ExportChoices choices) throws BadInputException {
        if (choices.overwrite()) {
            return;
        }
        List<Path> there = existing(outDir, choices);
        if (!there.isEmpty()) {
            throw exists(there.get(0), null);
        }
    }

    /**
     * Writes the chosen files and returns them, in format order.
     *
     * @throws BadInputException        when a file is already there and may not be replaced (files written
     *                                  before it stay)
     * @throws IllegalArgumentException when the range reaches outside the days the run covers
     */
    public List<Path> export(ExportRequest request, ProgressListener progress) throws BadInputException, IOException {
        return export(request, progress, CancellationToken.NEVER);
    }

    /**
     * Writes the chosen files, checking for cancellation before each file (a file being written is finished; the
     * files not yet begun are not written).
     *
     * @throws org.civicthemes.progress.CancelledException when cancelled; the files written so far stay
     */
    public List<Path> export(ExportRequest request, ProgressListener progress, CancellationToken cancel)
            throws BadInputException, IOException {
        return export(request, null, progress, cancel);
    }

    /** {@link #export(ExportRequest, ProgressListener, CancellationToken)}, reusing views already computed for the run. */
    List<Path> export(ExportRequest request, RunViews computed, ProgressListener progress, CancellationToken cancel)
            throws BadInputException, IOException {
        checkTargets(request.outDir(), request.choices());
        ExportContent content = content(request, computed);
        List<Path> written = new ArrayList<>();
        List<Path> files = request.choices().files(request.outDir());
        for (Path file : files) {
            cancel.throwIfCancelled();
            progress.update("Writing " + file.getFileName(), written.size(), files.size());
            try {
                writerFor(file).write(content, file, request.choices().overwrite());
            } catch (FileAlreadyExistsException e) {
                throw exists(file, e);
            }
            written.add(file);
        }
        progress.update("Export written", written.size(), files.size());
        return written;
    }

    /** What the export shows, computed once for every format. */
    ExportContent content(ExportRequest request) {
        return content(request, null);
    }

    /** {@link #content(ExportRequest)}, taking the FAQ and seasonality from {@code computed} when they are this run's. */
    ExportContent content(ExportRequest request, RunViews computed) {
        Dataset dataset = request.imported().dataset();
        ThemeRun run = ThemeRunSlice.inRange(dataset, request.run(), request.range());
        boolean reuse = computed != null && computed.areFor(run);
        ThemeDayCounts days = ThemeDayCounts.of(dataset, run);
        Set<PiiKind> redacted = request.text().toTextOptions().redaction().kinds();
        UnaryOperator<String> text = request.text().redaction();
        CrossTab categories = dataset.mapping().has(ColumnRole.CATEGORY)
                ? CrossTab.of(dataset, run, ServiceRequest::category) : null;
        Instant now = clock.instant();
        String version = version();
        return new ExportContent(dataset, request.imported().report(), run, request.range(),
                new DateRange(days.firstDay(), days.lastDay()), request.choices().theme(),
                Trends.of(days, request.range(), Period.MONTH),
                EmergingThemes.find(days, request.context().emerging()), ThemeChange.of(days),
                reuse ? computed.seasonality() : ThemeSeasonality.of(dataset, run), categories,
                reuse ? computed.faq() : CityFaqService.find(dataset, run, text, request.context().cityFaq(),
                        MeaningReader::standard), text,
                redactionNote(redacted),
                redacted.equals(EnumSet.allOf(PiiKind.class)),
                ExportFacts.of(request, run, redacted, now, version), now, version, request.narrowing(),
                request.choices().department(), request.choices().departmentThemes(),
                request.codebook() == null ? null : SinceCodebook.of(dataset, run, request.codebook(), text),
                request.context().cityFaq(), request.context().departments());
    }

    private static ExportWriter writerFor(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            return new SummaryWorkbookWriter();
        }
        if (name.startsWith("brief") && name.endsWith(".html")) {
            return new BriefHtmlWriter();
        }
        if (name.endsWith(".html")) {
            return new HtmlReportWriter();
        }
        return name.startsWith("requests") ? new RequestsCsvWriter() : new ThemesCsvWriter();
    }

    private static BadInputException exists(Path file, Exception cause) {
        return new BadInputException(file.getFileName() + " already exists in " + file.toAbsolutePath().getParent()
                + "; use --force to overwrite it, or choose another output folder.", cause);
    }

    static String version() {
        return BuildInfo.version();
    }

    /** One sentence on the redaction of the export's texts. */
    static String redactionNote(Set<PiiKind> redacted) {
        if (redacted.equals(EnumSet.allOf(PiiKind.class))) {
            return "Personal data is redacted in every text of this export: phone numbers, e-mail addresses, "
                    + "house numbers, licence plates, long numbers (account, case and ticket numbers), social security "
                    + "and card numbers, apartment numbers, dates of birth and names after a cue such as \"my name is\" "
                    + "are replaced by placeholders such as [phone].";
        }
        if (redacted.isEmpty()) {
            return "Redaction was switched off at the analyst's request: texts are as residents wrote them and may "
                    + "hold phone numbers, e-mail addresses and other personal data. Share this file with care.";
        }
        Set<PiiKind> kept = EnumSet.complementOf(EnumSet.copyOf(redacted));
        return "Personal data is partly redacted: " + names(redacted) + " are replaced by placeholders, but "
                + names(kept) + " were left in the texts at the analyst's request. Share this file with care.";
    }

    static String names(Set<PiiKind> kinds) {
        return kinds.stream().map(k -> switch (k) {
            case PHONE -> "phone numbers";
            case EMAIL -> "e-mail addresses";
            case STREET_NUMBER -> "house numbers";
            case PLATE -> "licence plates";
            case LONG_NUMBER -> "long numbers";
            case SSN -> "social security numbers";
            case CARD -> "card numbers";
            case UNIT -> "apartment and unit numbers";
            case BIRTH_DATE -> "dates of birth";
            case NAME -> "names";
        }).collect(Collectors.joining(", "));
    }

    static String keys(Set<PiiKind> kinds) {
        return kinds.isEmpty() ? "none" : kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
