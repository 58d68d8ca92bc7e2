package org.civicthemes.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which kinds of personal data are redacted. Immutable; all kinds by default.
 *
 * @param kinds the kinds to redact (copied; may be empty to switch redaction off)
 */
public record RedactionOptions(Set<PiiKind> kinds) {

    /** Every kind is redacted: the default. */
    public static final RedactionOptions ALL = new RedactionOptions(EnumSet.allOf(PiiKind.class));
    /** Nothing is redacted. */
    public static final RedactionOptions NONE = new RedactionOptions(EnumSet.noneOf(PiiKind.class));

    public RedactionOptions {
        Objects.requireNonNull(kinds, "kinds: pass an empty set (RedactionOptions.NONE) to switch redaction off");
        EnumSet<PiiKind> copy = EnumSet.noneOf(PiiKind.class);
        copy.addAll(kinds);
        kinds = Collections.unmodifiableSet(copy);
    }

    public static RedactionOptions of(PiiKind first, PiiKind... rest) {
        return new RedactionOptions(EnumSet.of(first, rest));
    }

    public boolean redacts(PiiKind kind) {
        return kinds.contains(kind);
    }

    /** These options with one kind switched off. */
    public RedactionOptions without(PiiKind kind) {
        EnumSet<PiiKind> copy = EnumSet.noneOf(PiiKind.class);
        copy.addAll(kinds);
        copy.remove(kind);
        return new RedactionOptions(copy);
    }
}
