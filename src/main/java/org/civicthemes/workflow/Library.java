package org.civicthemes.workflow;

import java.util.Objects;

/**
 * One library CivicThemes runs with, as Help &gt; About lists it.
 *
 * @param id      Maven groupId:artifactId
 * @param name    the name shown
 * @param version the version of this build
 * @param licence the SPDX licence expression
 */
public record Library(String id, String name, String version, String licence) {

    public Library {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
    }
}
