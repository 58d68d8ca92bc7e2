package org.civicthemes.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.civicthemes.cluster.LearnedSpace;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookProvenance;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookText;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.text.PiiKind;
import org.civicthemes.text.TextOptions;

/**
 * Makes a codebook of the analyst's themes as they stand: each theme of the (edited) run keeps the id the files show
 * for it and its name; its centre is the normalised mean of its requests' vectors as the engine learned them, so a
 * merged theme's centre is that of all its requests and a deleted theme is gone. Up to five of its representatives
 * are kept as examples, redacted as the run's text choices say.
 */
final class CodebookMaker {

    private CodebookMaker() {
    }

    /**
     * @param edited  the learned run after the analyst's edits (the same requests)
     * @param created when the codebook is made
     * @throws IllegalArgumentException when the edited run holds other requests than the learned one, or no theme
     *                                  is left
     */
    static Codebook make(Dataset dataset, LearnedRun learned, ThemeRun edited, UnaryOperator<String> redaction,
                         Instant created, CancellationToken cancel) {
        if (!edited.requestIndexes().equals(learned.run().requestIndexes())) {
            throw new IllegalArgumentException("The themes to keep hold other requests than those they were found "
                    + "among; make the codebook from the run that found them");
        }
        int k = edited.themes().themes().size();
        LearnedSpace.Centres centres = learned.learned().centres(edited.themes().assignment().toArray(), k, cancel);
        List<CodebookTheme> themes = new ArrayList<>();
        int nextId = Math.max(1, edited.identity().nextId());
        for (Theme theme : edited.themes().themes()) {
            float[] centre = centres.centres().get(theme.id());
            if (centre == null) {
                continue; // a theme left without requests: nothing to place a new request by
            }
            int id = edited.identity().idOf(theme.id());
            List<String> examples = theme.representatives().stream()
                    .map(d -> redaction.apply(dataset.requests().get(edited.requestIndexes().get(d)).text()).strip())
                    .distinct().limit(Codebook.MAX_EXAMPLES).toList();
            themes.add(new CodebookTheme(id, theme.label(), "", edited.identity().departmentOf(theme.id()), examples,
                    theme.size(), centre,
                    centres.wordsCentres().get(theme.id())));
            nextId = Math.max(nextId, id + 1);
        }
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("There is no theme to keep in a codebook: find themes first");
        }
        themes.sort(java.util.Comparator.comparingInt(CodebookTheme::id));
        CodebookSpace space = learned.learned().toCodebookSpace(textOf(learned.text()), learned.meaningModel());
        CodebookProvenance provenance = new CodebookProvenance(dataset.source().fileName(), dataset.source().sha256(),
                spanOf(dataset, edited), edited.size(), edited.themes().options(),
                created.truncatedTo(ChronoUnit.SECONDS).toString());
        return Codebook.of(themes, nextId, space, provenance);
    }

    /**
     * The days the run's requests were created on: its range, with an open end closed at its first or last dated
     * request (a codebook says when its period ended, so that a later export can tell which requests are new).
     */
    static DateRange spanOf(Dataset dataset, ThemeRun run) {
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (int i : run.requestIndexes()) {
            java.time.LocalDateTime created = dataset.requests().get(i).created();
            if (created != null) {
                java.time.LocalDate day = created.toLocalDate();
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        DateRange range = run.range();
        return new DateRange(range.from() != null ? range.from() : first, range.to() != null ? range.to() : last);
    }

    /** The text options as a codebook keeps them. */
    static CodebookText textOf(TextOptions text) {
        List<String> redacted = text.redaction().kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        return new CodebookText(new java.util.TreeSet<>(redacted), text.extraStopwords(), text.stemming(),
                text.detectLanguage(), text.phrases().enabled(),
                text.phrases().mode() == org.civicthemes.text.PhraseMode.REPLACE, text.spanishGlossary());
    }

    /** The text options a codebook's requests are prepared with. */
    static TextOptions textOptionsOf(CodebookText text) {
        java.util.EnumSet<PiiKind> kinds = java.util.EnumSet.noneOf(PiiKind.class);
        for (String name : text.redacted()) {
            kinds.add(PiiKind.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return TextOptions.DEFAULTS.withRedaction(new org.civicthemes.text.RedactionOptions(kinds))
                .withExtraStopwords(text.extraStopwords()).withStemming(text.stemming())
                .withDetectLanguage(text.detectLanguage())
                .withPhrases(TextOptions.DEFAULTS.phrases().withEnabled(text.phrases())
                        .withMode(text.phrasesReplace() ? org.civicthemes.text.PhraseMode.REPLACE
                                : org.civicthemes.text.PhraseMode.ADD))
                .withSpanishGlossary(text.spanishGlossary());
    }
}
