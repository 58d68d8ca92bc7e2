package org.civicthemes.cli;

import org.civicthemes.workflow.BuildInfo;
import picocli.CommandLine;

/** The version of this build, the same text as Help &gt; About and the exports' About sheet. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"civic-themes " + BuildInfo.version()};
    }
}
