package org.civicthemes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.civicthemes.progress.CancellationSource;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** The corpus pipeline: determinism, threads, progress, cancellation, corpus totals and options validation. */
class TextPipelineTest {

    /** 20,000 texts (several worker slices) from the phrase corpus, Spanish lines and personal data. */
    private static List<String> corpus() {
        List<String> base = new ArrayList<>(PhraseTest.corpus());
        base.add("Hay basura en la calle frente a la escuela, por favor");
        base.add("Carro abandonado con placa 7ABC123 en la esquina de 1234 Main St");
        base.add("Call me at 555-201-3344 about the missed pickup. Sent from my iPhone");
        base.add("Đèn đường bị hỏng");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            texts.add(base.get((i * 7919) % base.size()));
        }
        return texts;
    }

    private static PreparedCorpus prepare(int threads, List<String> texts) {
        return new TextPipeline(TextOptions.DEFAULTS.withParallelism(threads).withPhrases(PhraseOptions.DEFAULTS.withMinCount(5)))
                .prepare(texts, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void sameInputAndOptionsGiveTheSameOutputWhateverTheThreads() {
        List<String> texts = corpus();
        PreparedCorpus one = prepare(1, texts);
        PreparedCorpus again = prepare(1, texts);
        PreparedCorpus four = prepare(4, texts);
        assertEquals(one, again);
        assertEquals(one, four);
        assertEquals(one.vocabulary().terms(), four.vocabulary().terms());
        assertTrue(one.vocabulary().isPhrase("street_light"));
    }

    @Test
    void reportsCorpusTotals() {
        List<String> texts = corpus();
        PreparedCorpus corpus = prepare(2, texts);
        assertEquals(texts.size(), corpus.documents().size());
        assertEquals(texts.size(), corpus.languages().values().stream().mapToInt(Integer::intValue).sum());
        long phones = texts.stream().filter(t -> t.contains("555-201-3344")).count();
        assertTrue(phones > 0);
        assertEquals(phones, corpus.redactions().count(PiiKind.PHONE));
        assertEquals(corpus.documents().stream().map(PreparedText::redactions).collect(RedactionCounts.summing()), corpus.redactions());
        assertTrue(corpus.languages().get(Language.SPANISH) > 0);
        assertTrue(corpus.languages().get(Language.OTHER) > 0);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        List<String> texts = corpus();
        AtomicLong last = new AtomicLong();
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        new TextPipeline(TextOptions.DEFAULTS.withParallelism(2)).prepare(texts, (step, done, total) -> {
            steps.add(step);
            if (step.equals(TextPipeline.STEP_PHRASES)) {
                last.set(done);
            }
            assertEquals(texts.size(), total);
        }, CancellationToken.NEVER);
        assertEquals(texts.size(), last.get());
        assertTrue(steps.contains(TextPipeline.STEP_ANALYSE));

        CancellationSource cancel = new CancellationSource();
        AtomicLong calls = new AtomicLong();
        assertThrows(CancelledException.class, () -> new TextPipeline(TextOptions.DEFAULTS.withParallelism(2))
                .prepare(texts, (step, done, total) -> {
                    if (calls.incrementAndGet() == 2) {
                        cancel.cancel();
                    }
                }, cancel));
    }

    @Test
    void handlesEmptyAndNullTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(null);
        texts.add("");
        PreparedCorpus corpus = prepare(1, texts);
        assertEquals(2, corpus.documents().size());
        assertEquals("", corpus.documents().get(0).displayText());
        assertEquals(0, corpus.vocabulary().size());
        assertEquals(0, prepare(3, List.of()).documents().size());
    }

    @Test
    void optionsAreValidatedWithMessagesThatSayWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhraseOptions.DEFAULTS.withMinCount(1));
        assertTrue(e.getMessage().contains("between 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhraseOptions.DEFAULTS.withMinNpmi(1.5));
        assertThrows(IllegalArgumentException.class, () -> PhraseOptions.DEFAULTS.withMinNpmi(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> TextOptions.DEFAULTS.withParallelism(-1));
        assertThrows(IllegalArgumentException.class, () -> TextOptions.DEFAULTS.withExtraStopwords(Set.of("two words")));
        assertThrows(NullPointerException.class, () -> TextOptions.DEFAULTS.withRedaction(null));
        assertEquals(Set.of("pothole"), TextOptions.DEFAULTS.withExtraStopwords(Set.of("  PotHole ")).extraStopwords());
        assertEquals(RedactionOptions.ALL, TextOptions.DEFAULTS.redaction());
        assertTrue(TextOptions.DEFAULTS.phrases().enabled());
    }

    @Test
    void preparingManyTextsAgainstAVocabularyGivesEachTextWhatPreparingItAloneGives() {
        List<String> texts = corpus();
        TextPipeline pipeline = new TextPipeline(TextOptions.DEFAULTS.withPhrases(PhraseOptions.DEFAULTS.withMinCount(5)));
        Vocabulary vocabulary = pipeline.prepare(texts, ProgressListener.NONE, CancellationToken.NEVER).vocabulary();
        List<PreparedText> many = pipeline.prepareEach(texts, vocabulary, CancellationToken.NEVER);
        assertEquals(texts.size(), many.size());
        for (int i = 0; i < texts.size(); i += 97) {
            assertEquals(pipeline.prepare(texts.get(i), vocabulary), many.get(i), texts.get(i));
        }
        assertTrue(many.stream().anyMatch(p -> p.termKeys().contains("street_light")));
    }
}
