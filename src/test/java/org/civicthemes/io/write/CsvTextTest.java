package org.civicthemes.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTextTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
                Arguments.of("+1 555 201 3344", "'+1 555 201 3344"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tcmd", "'\tcmd"),
                Arguments.of("\rcmd", "'\rcmd"),
                Arguments.of("street light out", "street light out"),
                Arguments.of("a = b", "a = b"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("values")
    void neutralisesWhatASpreadsheetWouldRunAsAFormula(String value, String expected) {
        assertThat(CsvText.safe(value)).isEqualTo(expected);
    }
}
