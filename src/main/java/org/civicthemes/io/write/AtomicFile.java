package org.civicthemes.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it, so a failure half-way never leaves a truncated file. The
 * temporary file ({@code .NAME.<hex>.part}) is deleted when writing fails, and when the JVM is stopped (Ctrl+C, kill)
 * while writing; one left by a run killed harder is deleted by the next write of the same file once it is an hour old
 * (a younger one may belong to a run still writing).
 */
public final class AtomicFile {

    /** Names temporary files only; nothing random reaches a result. */
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(1);
    private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(AtomicFile::deleteQuietly),
                "civic-themes-delete-part-files"));
    }

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes the file, replacing the file there if any. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Writes the file; when {@code replace} is false and a file is already there (or appears while writing), it
     * is left as it was and {@link FileAlreadyExistsException} is thrown.
     */
    public static void write(Path target, Content content, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        removeLeftovers(dir, target);
        Path temp = temporaryBeside(dir, target);
        IN_FLIGHT.add(temp);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            if (replace) {
                moveReplacing(temp, target);
            } else {
                moveNew(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
            IN_FLIGHT.remove(temp);
        }
    }

    /** Deletes the temporary files of earlier writes of {@code target} that were left behind and are old enough. */
    static void removeLeftovers(Path dir, Path target) {
        String prefix = "." + target.getFileName() + ".";
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(LEFTOVER_AGE));
        try (java.nio.file.DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> isPart(p, prefix))) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be listed or deleted stays; the write itself goes on
        }
    }

    private static boolean isPart(Path p, String prefix) {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(".part")
                && name.substring(prefix.length(), name.length() - ".part".length()).matches("[0-9a-f]{1,16}")
                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done here
        }
    }

    /**
     * A new empty file beside the target. Created with {@link Files#createFile}, not createTempFile, so it gets the
     * permissions any new file of the user gets (createTempFile makes it readable by the owner only, and the
     * finished export would keep that).
     */
    private static Path temporaryBeside(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hard link fails atomically when the target exists; where links are not supported, a plain move does. */
    private static void moveNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(temp, target);
        }
    }
}
