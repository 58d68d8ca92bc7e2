package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.civicthemes.text.PiiKind;
import org.junit.jupiter.api.Test;

class TextChoicesTest {

    private static final String EVERY_KIND = "Call 555-201-3344 or jane@example.org about plate 7ABC123 at 1234 Main St,"
            + " case 98765432, SSN 912-34-5678, card 4111 1111 1111 1111, apt 5C, DOB 03/04/1950. My name is Maria.";

    @Test
    void theFacesOfferEveryKindOfPersonalData() {
        assertThat(TextChoices.personalDataKinds().keySet()).containsExactly(Arrays.stream(PiiKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT)).toArray(String[]::new));
        assertThat(TextChoices.personalDataKinds().values()).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void keepingAllLeavesEveryKindInTheText() {
        assertThat(TextChoices.DEFAULTS.redaction().apply(EVERY_KIND)).doesNotContain("555-201-3344", "Maria", "5C")
                .contains("[ssn]", "[card]", "[unit]", "[date of birth]", "[name]");
        assertThat(TextChoices.keepingAll(Set.of("please")).redaction().apply(EVERY_KIND)).isEqualTo(EVERY_KIND);
    }

    @Test
    void keepingOneNewKindLeavesOnlyIt() {
        String text = new TextChoices(Set.of("Name"), Set.of()).redaction().apply(EVERY_KIND);
        assertThat(text).contains("My name is Maria.").contains("[ssn]", "[card]", "[phone]");
        assertThatThrownBy(() -> new TextChoices(Set.of("names"), Set.of()))
                .hasMessageContaining("Kinds: phone, email, street_number, plate, long_number, ssn, card, unit, "
                        + "birth_date, name.");
    }
}
