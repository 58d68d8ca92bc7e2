package org.civicthemes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeSet;
import org.civicthemes.model.WeightedTerm;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class ClassTfIdfLabellerTest {

    private static ThemeSet themes(List<List<String>> docs, Map<String, String> display, int k) {
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(k).withLsaDimensions(0).withDocumentFrequency(1, 1.0)
                .withUnclearThreshold(0);
        return new ThemeEngine(options).findThemes(new Corpus(docs, display), ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void aPhraseAmongTheTopTermsLeadsTheLabelShownInItsDisplayForm() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(List.of("street_light", "out", "dark", "street", "light"));
            docs.add(List.of("pothole", "road", "deep", "tire"));
        }
        ThemeSet set = themes(docs, Map.of("street_light", "streetlight"), 2);
        Theme lights = set.themes().stream().filter(t -> t.topTerms().stream()
                .anyMatch(w -> w.term().equals("street_light"))).findFirst().orElseThrow();
        assertThat(lights.label()).startsWith("streetlight");
        assertThat(lights.label().split(", ")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void phraseLabelLeavesOutItsOwnWords() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(List.of("street_light", "street", "light"));
            docs.add(List.of("pothole", "road", "deep"));
        }
        ThemeSet set = themes(docs, Map.of(), 2);
        Theme lights = set.themes().stream().filter(t -> t.label().contains("street light")).findFirst().orElseThrow();
        assertThat(lights.label()).isEqualTo("street light");
    }

    @Test
    void numbersNeverMakeALabelOrATopTerm() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(List.of("311", "2024", "trash", "pickup"));
            docs.add(List.of("dog", "barking", "noise"));
        }
        ThemeSet set = themes(docs, Map.of(), 2);
        for (Theme t : set.themes()) {
            assertThat(t.label()).doesNotContainPattern("\\d");
            assertThat(t.topTerms()).extracting(WeightedTerm::term).noneMatch(s -> s.matches("\\d+"));
        }
    }

    @Test
    void termsInEveryThemeWeighLessThanDistinctiveOnes() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(List.of("please", "graffiti", "wall"));
            docs.add(List.of("please", "pothole", "road"));
        }
        ThemeSet set = themes(docs, Map.of(), 2);
        for (Theme t : set.themes()) {
            assertThat(t.topTerms().get(t.topTerms().size() - 1).term()).isEqualTo("please");
            assertThat(t.label()).doesNotContain("please");
        }
    }

    @Test
    void wordsUsedAlikeByEveryThemeNeverLabelOne() {
        // "near" is in 40-60 % of every theme's documents: frequent enough to top the counts, flat across themes
        List<List<String>> docs = new java.util.ArrayList<>();
        String[][] topics = {{"graffiti", "wall"}, {"pothole", "road"}, {"trash", "cart"}, {"noise", "music"}};
        for (int i = 0; i < 40; i++) {
            for (int t = 0; t < topics.length; t++) {
                List<String> doc = new java.util.ArrayList<>(List.of(topics[t][0]));
                if (i % 3 == 0) {
                    doc.add(topics[t][1]);
                }
                if ((i + t) % 2 == 0 || i % 5 == 0) {
                    doc.add("near");
                }
                docs.add(doc);
            }
        }
        ThemeSet set = themes(docs, Map.of(), 4);
        assertThat(set.themes()).hasSize(4);
        for (Theme t : set.themes()) {
            assertThat(t.topTerms()).extracting(WeightedTerm::term).contains("near");
            assertThat(t.label()).doesNotContain("near");
        }
    }

    @Test
    void aWordUsedTwiceAsOftenAsByTheAverageThemeCanLabelIt() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(List.of("pothole", "deep"));
            docs.add(List.of("graffiti", "wall"));
            docs.add(List.of("trash", "cart", i % 2 == 0 ? "deep" : "full"));
        }
        ThemeSet set = themes(docs, Map.of(), 3);
        Theme potholes = set.themes().stream().filter(t -> t.label().startsWith("pothole")).findFirst().orElseThrow();
        assertThat(potholes.label()).contains("deep");
    }
}
