package org.civicthemes.spark;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;

/**
 * A local folder seen through Hadoop's view file system ({@code viewfs://NAME/exports/...}, part of Hadoop, in
 * process): a file system with a scheme of its own that java.nio cannot open, as HDFS or S3 on a cluster. What the
 * job reads there it can only have read through Hadoop's FileSystem API.
 */
final class ViewFsMount {

    private ViewFsMount() {
    }

    /**
     * Mounts {@code folder} at {@code viewfs://name/exports} in {@code hadoop}.
     *
     * @return the folder's URI there, without a trailing slash
     */
    static String mount(Configuration hadoop, String name, Path folder) {
        hadoop.set("fs.viewfs.mounttable." + name + ".link./exports", folder.toUri().toString());
        // a cached view file system would keep an earlier test's mount table
        hadoop.setBoolean("fs.viewfs.impl.disable.cache", true);
        return "viewfs://" + name + "/exports";
    }
}
