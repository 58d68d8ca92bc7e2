package org.civicthemes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.standard();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Person sitting on the sidewalk against the building.              | ENGLISH
            The street light in front of my house has been out for a week.   | ENGLISH
            Illegal dumping behind the store                                  | ENGLISH
            pothole                                                           | ENGLISH
            Hay basura en la calle desde hace una semana.                     | SPANISH
            La luz de la calle está apagada frente a mi casa.                 | SPANISH
            Un carro abandonado estacionado en la esquina                     | SPANISH
            ¿Cuándo van a arreglar el semáforo?                               | SPANISH
            Đèn đường trước nhà tôi bị hỏng đã ba ngày.                       | OTHER
            Có rác thải bừa bãi ở góc đường.                                  | OTHER
            路灯坏了，请尽快修理。                                              | OTHER
            Il y a des ordures sur le trottoir et ce n'est pas normal.         | OTHER
            Graffiti                                                          | UNDETERMINED
            123 456                                                           | UNDETERMINED
            ''                                                                | UNDETERMINED
            """)
    void tellsEnglishSpanishAndOther(String text, Language expected) {
        assertEquals(expected, detector.detect(text));
    }
}
