package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {
        "=HYPERLINK(\"http://x\") -> '=HYPERLINK(\"http://x\")",
        "+1 555 201 3344 -> '+1 555 201 3344",
        "-2+3 -> '-2+3",
        "@SUM(A1) -> '@SUM(A1)",
        "street light out -> street light out",
        "a = b -> a = b"})
    void neutralisesWhatASpreadsheetWouldRunAsAFormula(String value, String expected) {
        assertThat(CsvText.safe(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'\tcmd'", "'\rcmd'"})
    void neutralisesLeadingTabsAndCarriageReturns(String value) {
        assertThat(CsvText.safe(value)).startsWith("'").endsWith(value);
    }
}
