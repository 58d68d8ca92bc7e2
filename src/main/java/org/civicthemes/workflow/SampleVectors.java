package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.meaning.MiniLmModel;
import org.civicthemes.meaning.VectorCache;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.civicthemes.text.PreparedCorpus;
import org.civicthemes.text.TextPipeline;

/**
 * Build step: the vectors of the bundled sample's requests, shipped in the jar so that the sample opens themed by
 * meaning on a first start without running the model (the file is about 7 MB, so it is made by the build, not kept in
 * git). Run by Maven at process-classes: {@code SampleVectors SAMPLE OUTPUT}. It does nothing when OUTPUT is newer
 * than SAMPLE and this class; when the model cannot run on the build machine it says so and the jar ships without
 * the file (the sample is then read by the model on first start).
 */
public final class SampleVectors {

    private SampleVectors() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path output = Path.of(args[1]);
        if (Files.isRegularFile(output)
                && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(sample)) > 0) {
            return;
        }
        try {
            write(sample, output);
        } catch (RuntimeException e) {
            System.err.println("The sample's vectors were not made (" + e.getMessage() + "); the sample will be read "
                    + "by the model on first start.");
        }
    }

    static void write(Path sample, Path output) throws IOException, BadInputException {
        Dataset dataset = new ImportService().importFile(sample, ImportOptions.DETECT_ALL, ProgressListener.NONE,
                CancellationToken.NEVER).dataset();
        List<String> texts = new ArrayList<>();
        dataset.requests().forEach(r -> texts.add(r.text()));
        PreparedCorpus prepared = new TextPipeline(TextChoices.DEFAULTS.toTextOptions())
                .prepare(texts, ProgressListener.NONE, CancellationToken.NEVER);
        Path folder = Files.createTempDirectory("civicthemes-sample-vectors");
        try {
            MiniLmModel model = new MiniLmModel();
            VectorCache cache = new VectorCache(folder, model.id(), model.dimensions(), Long.MAX_VALUE);
            MeaningReader reader = new MeaningReader(model, cache, null, Runtime.getRuntime().availableProcessors());
            reader.read(RequestMeanings.readableTexts(prepared), ProgressListener.NONE, CancellationToken.NEVER);
            Files.createDirectories(output.getParent());
            Files.move(cache.file(), output, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
    }
}
