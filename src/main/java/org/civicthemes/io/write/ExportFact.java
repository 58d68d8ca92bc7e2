package org.civicthemes.io.write;

import java.util.Objects;

/**
 * One line of an export's About part: what was read, how, with which options, so the result can be reproduced
 * and audited.
 *
 * @param name  what the line states ("Source file", "SHA-256", "Seed")
 * @param value its value as people read it
 */
public record ExportFact(String name, String value) {

    public ExportFact {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }
}
