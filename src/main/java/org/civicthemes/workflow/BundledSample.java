package org.civicthemes.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The sample workbook (20,000 synthetic Riverton requests) that the workbench opens for a newcomer. The build copies
 * {@code sample-data/riverton-311-requests.xlsx} into the jar (pom.xml, resources), so the jar finds it from any
 * folder; run from the project folder ({@code mvn javafx:run}), the checkout's own file is used as before.
 */
public final class BundledSample {

    /** The sample's file name, in the checkout and in the copy written from the jar. */
    public static final String FILE_NAME = "riverton-311-requests.xlsx";
    /** Where the build puts the sample on the class path, beside this class. */
    static final String RESOURCE = "sample/" + FILE_NAME;
    /** The sample in a checkout, relative to the working folder. */
    static final Path IN_CHECKOUT = Path.of("sample-data", FILE_NAME);

    private BundledSample() {
    }

    /** True when the running program carries the sample (the jar, or target/classes after a build). */
    public static boolean inside() {
        return BundledSample.class.getResource(RESOURCE) != null;
    }

    /**
     * A file holding the sample: the checkout's {@code sample-data} when the working folder has it, else the copy
     * from the jar in a folder of the system's temporary files (written once, and again when it differs in size).
     * Empty when neither is there.
     */
    public static Optional<Path> file() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return file(Path.of(""), Path.of(System.getProperty("java.io.tmpdir"), "civicthemes-sample-" + user));
    }

    /**
     * @param workingFolder where a checkout's {@code sample-data} folder would be
     * @param copyFolder    where the sample from the jar is written when the working folder has none
     */
    static Optional<Path> file(Path workingFolder, Path copyFolder) {
        Path checkout = workingFolder.resolve(IN_CHECKOUT);
        if (Files.isRegularFile(checkout)) {
            return Optional.of(checkout);
        }
        if (!inside()) {
            return Optional.empty();
        }
        try {
            return Optional.of(copyTo(copyFolder));
        } catch (IOException e) {
            throw new UncheckedIOException("The sample could not be written to " + copyFolder + ": " + e.getMessage(),
                    e);
        }
    }

    /** Writes the sample from the class path into {@code folder} (unless an intact copy is there) and returns it. */
    static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(FILE_NAME);
        long size;
        try (InputStream in = open()) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Path partial = Files.createTempFile(folder, "sample", ".part");
        try (InputStream in = open()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static InputStream open() throws IOException {
        InputStream in = BundledSample.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("this build of CivicThemes carries no sample (" + RESOURCE + ")");
        }
        return in;
    }
}
