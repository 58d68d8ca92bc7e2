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

/** Writes a file through a temporary file beside it, so a failure half-way never leaves a truncated file. */
public final class AtomicFile {

    /** Names temporary files only; nothing random reaches a result. */
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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
        Path temp = temporaryBeside(dir, target);
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
