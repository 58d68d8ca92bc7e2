package org.civicthemes.workflow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * @param keptPersonalData kinds not to redact, by name: phone, email, street_number, plate, long_number, ssn, card,
 *                         unit, birth_date, name (the keys of {@link #personalDataKinds()})
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

    /**
     * Every kind of personal data the faces can leave in the text, in order: its key (as {@code --keep} takes it)
     * and the words a check box shows. One place, so the command line, the window and the export agree.
     */
    public static Map<String, String> personalDataKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (PiiKind kind : PiiKind.values()) {
            kinds.put(keyOf(kind), switch (kind) {
                case PHONE -> "Phone numbers";
                case EMAIL -> "E-mail addresses";
                case STREET_NUMBER -> "House numbers of addresses";
                case PLATE -> "Licence plates";
                case LONG_NUMBER -> "Long numbers (accounts, cases, tickets)";
                case SSN -> "Social security numbers";
                case CARD -> "Payment-card numbers";
                case UNIT -> "Apartment and unit numbers";
                case BIRTH_DATE -> "Dates of birth";
                case NAME -> "Residents' names";
            });
        }
        return kinds;
    }

    /** These choices' stopwords with every kind of personal data left in the text. */
    public static TextChoices keepingAll(Set<String> extraStopwords) {
        return new TextChoices(personalDataKinds().keySet(), extraStopwords);
    }

    private static String keyOf(PiiKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
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
            if (keyOf(kind).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown kind of personal data '" + name + "'. Kinds: "
                + Arrays.stream(PiiKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ".");
    }
}
