package org.civicthemes.workflow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.civicthemes.text.PiiKind;
import org.civicthemes.text.RedactionOptions;
import org.civicthemes.text.Redactor;
import org.civicthemes.text.TextOptions;

/**
 * What the analyst chose about the text, in the faces' terms: kinds of personal data to leave in the text
 * (all are redacted by default) and extra stopwords.
 *
 * @param keptPersonalData kinds not to redact, by name: phone, email, street_number, plate, long_number
 * @param extraStopwords   words never to use as terms, in any case
 */
public record TextChoices(Set<String> keptPersonalData, Set<String> extraStopwords) {

    public static final TextChoices DEFAULTS = new TextChoices(Set.of(), Set.of());

    public TextChoices {
        keptPersonalData = keptPersonalData.stream().map(k -> k.strip().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        for (String kind : keptPersonalData) {
            kindOf(kind);
        }
        keptPersonalData = Set.copyOf(keptPersonalData);
        extraStopwords = Set.copyOf(extraStopwords.stream().map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet()));
    }

    /** The text step's options for these choices. */
    TextOptions toTextOptions() {
        EnumSet<PiiKind> redacted = EnumSet.allOf(PiiKind.class);
        keptPersonalData.forEach(k -> redacted.remove(kindOf(k)));
        return TextOptions.DEFAULTS.withRedaction(new RedactionOptions(redacted)).withExtraStopwords(extraStopwords);
    }

    /**
     * The request text as these choices show it: the personal data they redact replaced by its placeholder
     * ("[phone]"), everything else unchanged; the identity when every kind is kept. Thread-safe.
     */
    public UnaryOperator<String> redaction() {
        RedactionOptions options = toTextOptions().redaction();
        if (options.kinds().isEmpty()) {
            return UnaryOperator.identity();
        }
        Redactor redactor = Redactor.of(options);
        return text -> redactor.redact(text).text();
    }

    private static PiiKind kindOf(String name) {
        for (PiiKind kind : PiiKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown kind of personal data '" + name + "'. Kinds: "
                + Arrays.stream(PiiKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ".");
    }
}
