package org.civicthemes.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.civicthemes.model.Codebook;
import org.civicthemes.workflow.BadInputException;
import org.civicthemes.workflow.CodebookService;

/**
 * The codebook a run places by, read on the driver from wherever the analyst keeps it: a path on Spark's default file
 * system or a URI of any file system Spark reads ({@code file:///}, {@code hdfs://}, {@code s3a://}), as the exports
 * are. A local file is read in place; any other is copied to a temporary file of the same name first
 * ({@link LocalCopy}), so the desktop's reader checks it and names it in its messages as it would on the desktop.
 */
final class CodebookInput {

    private CodebookInput() {
    }

    /** The file name the results name the codebook by ({@code themes.json}'s {@code codebook}). */
    static String nameOf(String given) {
        return HadoopPaths.pathOf(given).getName();
    }

    /**
     * @throws BadInputException        when the codebook cannot be copied here, or the desktop's reader refuses it, in
     *                                  one sentence
     * @throws IllegalArgumentException when no file system here handles it, in one sentence
     */
    static Codebook read(String given, Configuration hadoop, CodebookService codebooks) throws BadInputException {
        Path path = HadoopPaths.pathOf(given);
        FileSystem fs = HadoopPaths.fileSystemOf(path, given, hadoop);
        Path qualified = fs.makeQualified(path);
        if (ExportFiles.isLocal(qualified)) {
            return codebooks.read(java.nio.file.Path.of(qualified.toUri().getPath()));
        }
        LocalCopy copy;
        try {
            copy = LocalCopy.of(qualified, hadoop);
        } catch (IOException e) {
            throw new BadInputException("The codebook " + given + " could not be read from its file system ("
                    + HadoopPaths.firstLine(e) + "): check the path, and that this machine may read it.", e);
        }
        try (copy) {
            return codebooks.read(copy.file());
        }
    }
}
