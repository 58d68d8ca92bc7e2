package org.civicthemes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class PhraseTest {

    private static final String[] FILLER = {"broken", "dark", "near", "corner", "school", "park", "since", "week", "flickering",
        "blocked", "tree", "bus", "garbage", "overflowing", "noise", "dog", "parked", "car", "water", "leak"};

    /** 300 short requests: 40 with "street light(s)", the rest random pairs of filler words (so "dark park" etc. occur by chance). */
    static List<String> corpus() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String a = FILLER[random.nextInt(FILLER.length)];
            String b = FILLER[random.nextInt(FILLER.length)];
            String c = FILLER[random.nextInt(FILLER.length)];
            if (i % 15 == 0) {
                texts.add("street lights " + a + " " + b);
            } else if (i % 15 == 1) {
                texts.add(a + " street light " + b + ", " + c);
            } else {
                texts.add(a + " " + b + " " + c + ". The street is " + FILLER[random.nextInt(FILLER.length)]);
            }
        }
        texts.add("light on the street pole"); // same words, not adjacent: no phrase here
        return texts;
    }

    private static PreparedCorpus prepare(PhraseOptions phrases) {
        return new TextPipeline(TextOptions.DEFAULTS.withPhrases(phrases).withParallelism(1))
                .prepare(corpus(), ProgressListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void findsStreetLightAndNoChancePair() {
        PreparedCorpus corpus = prepare(PhraseOptions.DEFAULTS.withMinCount(5).withMode(PhraseMode.REPLACE));
        Vocabulary v = corpus.vocabulary();
        List<String> phrases = v.terms().stream().filter(Vocabulary.Term::phrase).map(Vocabulary.Term::key).toList();
        assertEquals(List.of("street_light"), phrases);
        assertEquals("street light", v.label("street_light"));
        assertEquals(40, v.term("street_light").orElseThrow().count());
        assertEquals(List.of("street_light", "dark", "broken"), new TextPipeline(TextOptions.DEFAULTS.withPhrases(PhraseOptions.DEFAULTS.withMode(PhraseMode.REPLACE)))
                .prepare("street lights dark broken", v).termKeys());
        // REPLACE: the words of the phrase are not emitted where the phrase is
        PreparedText first = corpus.documents().get(0);
        assertEquals("street_light", first.termKeys().get(0));
        assertFalse(first.termKeys().contains("light"));
        // not adjacent: the words stay words
        assertEquals(List.of("light", "street", "pole"), corpus.documents().get(300).termKeys());
    }

    @Test
    void addModeKeepsTheWordsAndAddsThePhrase() {
        PreparedCorpus corpus = prepare(PhraseOptions.DEFAULTS.withMinCount(5).withMode(PhraseMode.ADD));
        List<String> keys = corpus.documents().get(0).termKeys();
        assertEquals(List.of("street", "light", "street_light"), keys.subList(0, 3));
    }

    @Test
    void thresholdsDecide() {
        // a minimum count above the phrase's 40 occurrences: no phrase
        assertTrue(prepare(PhraseOptions.DEFAULTS.withMinCount(41)).vocabulary().terms().stream().noneMatch(Vocabulary.Term::phrase));
        // with no NPMI bar and a low count, chance pairs of filler words come in too
        long chance = prepare(PhraseOptions.DEFAULTS.withMinCount(5).withMinNpmi(0.0)).vocabulary().terms().stream()
                .filter(Vocabulary.Term::phrase).count();
        assertTrue(chance > 1, "chance pairs: " + chance);
        assertTrue(prepare(PhraseOptions.OFF).vocabulary().terms().stream().noneMatch(Vocabulary.Term::phrase));
    }

    @Test
    void npmiIsOneForPairsThatOnlyOccurTogetherAndAboutZeroForIndependentOnes() {
        assertEquals(1.0, PhraseFinder.npmi(10, 10, 10, 1000), 1e-9);
        assertEquals(0.0, PhraseFinder.npmi(1, 10, 100, 1000), 1e-9);
        assertTrue(PhraseFinder.npmi(1, 100, 100, 1000) < 0);
    }
}
