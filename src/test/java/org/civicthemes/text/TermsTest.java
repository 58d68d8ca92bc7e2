package org.civicthemes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** Tokenization, stopwords, stemming and surface forms. */
class TermsTest {

    private static final TextOptions NO_PHRASES = TextOptions.DEFAULTS.withPhrases(PhraseOptions.OFF).withParallelism(1);

    private static PreparedCorpus prepare(TextOptions options, List<String> texts) {
        return new TextPipeline(options).prepare(texts, ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void dropsPunctuationNumbersStopwordsAnd311Courtesy() {
        PreparedText t = new TextPipeline(NO_PHRASES).prepare(
                "Hello, please could the city remove the 3 abandoned cars?? Thanks! Resident called twice, ASAP.", Vocabulary.EMPTY);
        assertEquals(List.of("remov", "abandon", "car", "twice"), t.termKeys());
    }

    @Test
    void analystStopwordsMatchWordsAndTheirStems() {
        TextOptions options = NO_PHRASES.withExtraStopwords(Set.of("Encampment", "TWICE"));
        PreparedText t = new TextPipeline(options).prepare("Encampments by the park fence, reported twice", Vocabulary.EMPTY);
        assertEquals(List.of("park", "fenc"), t.termKeys());
    }

    @Test
    void labelsAStemWithItsMostFrequentSurfaceForm() {
        List<String> texts = new ArrayList<>();
        texts.addAll(Collections.nCopies(3, "missed pickup of the recycling"));
        texts.addAll(Collections.nCopies(1, "two pickups missed, recycled bottles everywhere"));
        texts.addAll(Collections.nCopies(2, "streetlights dark on Elm"));
        texts.add("one streetlight out");
        PreparedCorpus corpus = prepare(NO_PHRASES, texts);
        Vocabulary v = corpus.vocabulary();
        assertEquals("pickup", v.label("pickup"));
        assertEquals(4, v.term("pickup").orElseThrow().count());
        assertEquals("missed", v.label("miss"));
        assertEquals("recycling", v.label("recycl"));
        assertEquals("streetlights", v.label("streetlight"));
        assertEquals(List.of("miss", "pickup", "recycl"), corpus.documents().get(0).termKeys());
    }

    @Test
    void breaksTiesBetweenSurfaceFormsAlphabetically() {
        PreparedCorpus a = prepare(NO_PHRASES, List.of("lights flicker", "light flickers"));
        PreparedCorpus b = prepare(NO_PHRASES, List.of("light flickers", "lights flicker"));
        assertEquals("flicker", a.vocabulary().label("flicker"));
        assertEquals("light", a.vocabulary().label("light"));
        assertEquals(a.vocabulary(), b.vocabulary());
    }

    @Test
    void stemsSpanishTextWithTheSpanishStemmerAndStopwords() {
        PreparedText t = new TextPipeline(NO_PHRASES.withSpanishGlossary(false)).prepare(
                "Hay muchas bolsas de basura tiradas en la calle desde hace una semana", Vocabulary.EMPTY);
        assertEquals(Language.SPANISH, t.language());
        // Spanish Snowball: muchas -> much, bolsas -> bols, tiradas -> tir; "hay", "de", "en", "la" are stopwords, and
        // "semana" is a 311 time word (glossary off here: see SpanishGlossaryTest)
        assertEquals(List.of("much", "bols", "basur", "tir", "call"), t.termKeys());
        PreparedText english = new TextPipeline(NO_PHRASES).prepare("The bags are thrown on the street", Vocabulary.EMPTY);
        assertEquals(List.of("bag", "thrown", "street"), english.termKeys());
    }

    @Test
    void stemmingCanBeSwitchedOff() {
        PreparedText t = new TextPipeline(NO_PHRASES.withStemming(false)).prepare("Overflowing trash cans", Vocabulary.EMPTY);
        assertEquals(List.of("overflowing", "trash", "cans"), t.termKeys());
    }

    @Test
    void vocabularyCountsOccurrencesAndDocuments() {
        PreparedCorpus corpus = prepare(NO_PHRASES, List.of("graffiti graffiti", "graffiti on the wall", "", "   "));
        Vocabulary.Term graffiti = corpus.vocabulary().term("graffiti").orElseThrow();
        assertEquals(3, graffiti.count());
        assertEquals(2, graffiti.documentFrequency());
        assertFalse(graffiti.phrase());
        assertEquals(List.of(), corpus.documents().get(2).termKeys());
        assertEquals(4, corpus.documents().size());
        assertTrue(corpus.vocabulary().terms().stream().map(Vocabulary.Term::key).toList().contains("wall"));
    }
}
