package org.civicthemes.workflow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two runs from writing into one output folder at once (they left a mixed set: one run's import report, the
 * other's summaries). A run holds an operating-system lock on {@code .civic-themes.lock} in the folder until it ends;
 * the lock goes with the process, so a killed run never leaves the folder locked. The empty file itself stays.
 */
final class OutputFolderLock implements AutoCloseable {

    static final String FILE = ".civic-themes.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed and locks it.
     *
     * @throws BadInputException when another run holds the folder
     */
    static OutputFolderLock acquire(Path outDir) throws IOException, BadInputException {
        Files.createDirectories(outDir);
        FileChannel channel = FileChannel.open(outDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM, by another run of the workbench or a test
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new BadInputException("Another CivicThemes run is writing to " + outDir + " right now. Wait for it "
                    + "to finish, or write to another folder (--out).", null);
        }
        return new OutputFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
