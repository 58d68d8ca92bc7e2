package org.civicthemes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishGlossaryTest {

    @ParameterizedTest
    @CsvSource({"basura, trash", "bache, pothole", "baches, potholes", "días, ", "semáforo, signal", "semaforo, signal",
            "inundación, flooding", "alto, "})
    void looksUpWithoutAccents(String spanish, String english) {
        assertThat(SpanishGlossary.english(spanish)).isEqualTo(english);
    }

    @Test
    void spanishTrashAndEnglishTrashShareATerm() {
        List<String> texts = List.of("Hay mucha basura en la calle, por favor manden a alguien",
                "Trash all over the street again");
        PreparedCorpus corpus = new TextPipeline(TextOptions.DEFAULTS.withParallelism(1))
                .prepare(texts, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(corpus.documents().get(0).language()).isEqualTo(Language.SPANISH);
        assertThat(corpus.documents().get(0).termKeys()).containsExactly("much", "trash", "street", "mand");
        assertThat(corpus.documents().get(1).termKeys()).containsExactly("trash", "street");
        assertThat(corpus.vocabulary().label("trash")).isEqualTo("trash");
    }

    @Test
    void offLeavesSpanishWordsAsTheyAre() {
        PreparedText t = new TextPipeline(TextOptions.DEFAULTS.withSpanishGlossary(false))
                .prepare("Hay un bache muy grande en la calle", Vocabulary.EMPTY);
        assertThat(t.termKeys()).contains("bach", "call").doesNotContain("pothol", "street");
    }

    @Test
    void englishTextsAreNotLookedUp() {
        PreparedText t = new TextPipeline(TextOptions.DEFAULTS).prepare("The fiesta next door is too loud", Vocabulary.EMPTY);
        assertThat(t.termKeys()).contains("fiesta").doesNotContain("parti");
    }
}
