package org.civicthemes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Recall per kind and false redactions of the default redactor on the synthetic corpus pii-corpus.tsv (345 planted
 * values of 15 kinds, 100 clean texts with numbers that must stay). The aims are those of issue 14: at least 99% on
 * every kind with a clear form, 90% on names (found by cue phrases only), at most 1% of clean texts changed.
 */
class RedactionRecallTest {

    private static final Set<String> NAME_KINDS = Set.of("name", "honorific_name");

    private final PiiCorpus corpus = PiiCorpus.load();
    private final Redactor redactor = Redactor.of(RedactionOptions.ALL);

    @Test
    void theCorpusCanShowAMiss() {
        assertThat(corpus.planted).hasSizeGreaterThanOrEqualTo(300);
        assertThat(corpus.planted.stream().map(PiiCorpus.Planted::kind).distinct().count()).isGreaterThanOrEqualTo(14);
        assertThat(corpus.clean).hasSize(100);
        for (PiiCorpus.Planted p : corpus.planted) {
            assertThat(p.tokens()).as(p.text()).isNotEmpty();
            assertThat(p.tokens()).as("a token of the value is also elsewhere in: " + p.text())
                    .noneMatch(t -> PiiCorpus.containsWord(p.context(), t));
            assertThat(p.removedFrom(p.text())).as(p.text()).isFalse();
        }
    }

    @Test
    void recallMeetsTheAimOnEveryKind() {
        Map<String, PiiCorpus.Recall> recall = corpus.recall(redactor);
        System.out.println(table(recall));
        String misses = String.join("\n", corpus.misses(redactor));
        recall.forEach((kind, r) -> assertThat(r.rate()).as(kind + " recall; misses:\n" + misses)
                .isGreaterThanOrEqualTo(NAME_KINDS.contains(kind) ? 0.90 : 0.99));
    }

    @Test
    void cleanTextsKeepTheirNumbers() {
        var changed = corpus.falselyRedacted(redactor).stream().map(t -> t + " -> " + redactor.redact(t).text()).toList();
        assertThat(changed.size()).as("clean texts changed (aim: at most 1 of 100):\n" + String.join("\n", changed))
                .isLessThanOrEqualTo(1);
    }

    private String table(Map<String, PiiCorpus.Recall> recall) {
        return recall.entrySet().stream().map(e -> String.format(Locale.ROOT, "| %s | %d / %d | %.1f%% |", e.getKey(),
                        e.getValue().removed(), e.getValue().planted(), 100 * e.getValue().rate()))
                .collect(Collectors.joining("\n", "| kind | removed | recall |\n", "\n| clean texts changed | "
                        + corpus.falselyRedacted(redactor).size() + " / " + corpus.clean.size() + " | |"));
    }
}
