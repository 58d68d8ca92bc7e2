package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.analysis.ThemeEdits;
import org.civicthemes.meaning.MeaningReader;
import org.civicthemes.meaning.MiniLmModel;
import org.civicthemes.meaning.VectorCache;
import org.civicthemes.model.Codebook;
import org.civicthemes.model.CodebookSpace;
import org.civicthemes.model.CodebookTheme;
import org.civicthemes.model.Dataset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportOptions;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.Theme;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.model.ThemeOptions;
import org.civicthemes.model.ThemeRun;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codebooks on real data: learned on the bundled sample's 2023-2024 rows (meaning read from the shipped vectors),
 * applied to 2025 exports; and a words-only codebook on Newport's requests.
 */
class CodebookServiceTest {

    private static final MiniLmModel MODEL = new MiniLmModel();
    private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00Z");
    private static final DateRange LEARNED = new DateRange(null, LocalDate.of(2024, 12, 31));

    @TempDir
    static Path cache;

    private static Dataset sample;
    private static ThemeService themes;
    private static CodebookService codebooks;
    private static LearnedRun learned;
    private static Codebook codebook;

    @BeforeAll
    static void learnOnTheSamplesFirstTwoYears() throws Exception {
        sample = new ImportService().importFile(Path.of("sample-data/riverton-311-requests.xlsx"),
                ImportOptions.DETECT_ALL, ProgressListener.NONE, CancellationToken.NEVER).dataset();
        themes = new ThemeService(() -> new MeaningReader(MODEL, new VectorCache(cache, MODEL.id(), MODEL.dimensions(),
                VectorCache.DEFAULT_MAX_BYTES), "/org/civicthemes/meaning/sample-vectors.bin", 2));
        codebooks = new CodebookService(themes);
        learned = themes.learnThemes(sample, LEARNED, ThemeOptions.DEFAULTS, TextChoices.DEFAULTS,
                ProgressListener.NONE, CancellationToken.NEVER);
        codebook = codebooks.make(sample, learned, learned.run(), TextChoices.DEFAULTS, CREATED,
                CancellationToken.NEVER);
    }

    private static ThemeRun apply(Dataset data, DateRange range, Codebook book) throws BadInputException {
        return codebooks.apply(data, range, book, "riverton.codebook.json", ProgressListener.NONE,
                CancellationToken.NEVER);
    }

    /** The requests of the sample created from January 2025 to the end of {@code month}: a monthly export. */
    private static Dataset exportUpTo(int month) {
        LocalDate last = LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1);
        List<ServiceRequest> rows = sample.requests().stream().filter(r -> r.created() != null
                && !r.created().toLocalDate().isBefore(LocalDate.of(2025, 1, 1))
                && !r.created().toLocalDate().isAfter(last)).toList();
        return new Dataset(sample.source(), sample.columns(), sample.mapping(), rows);
    }

    /** Each request's theme as files show it (a codebook id, 0 Unclear, -1 No description), by its source row. */
    private static Map<Integer, Integer> fileIds(Dataset data, ThemeRun run) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int d = 0; d < run.size(); d++) {
            int t = run.themes().assignment().themeOf(d);
            int id = t >= 0 ? run.identity().idOf(t) : t == -1 ? 0 : -1;
            out.put(data.requests().get(run.requestIndexes().get(d)).sourceRow(), id);
        }
        return out;
    }

    @Test
    void learningKeepsTheThemesOfARunThatSavesNoCodebook() {
        ThemeRun plain = themes.findThemes(sample, LEARNED, ThemeOptions.DEFAULTS, TextChoices.DEFAULTS,
                ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(learned.run()).isEqualTo(plain);
        assertThat(codebook.themes()).hasSize(plain.themes().themes().size());
        assertThat(codebook.space().meaningModel()).isEqualTo(MODEL.id());
        assertThat(codebook.space().centreDimensions()).isEqualTo(codebook.space().dimensions() + 384);
        assertThat(codebook.themes().get(0).name()).isEqualTo(plain.themes().themes().get(0).label());
        assertThat(codebook.themes().get(0).examples()).hasSizeBetween(1, 5).doesNotHaveDuplicates().allSatisfy(e -> assertThat(e).isNotBlank());
        assertThat(codebook.nextId()).isEqualTo(codebook.themes().size() + 1);
    }

    @Test
    void theJanuaryToJuneRowsOfAJanuaryToJulyExportKeepTheirThemes() throws Exception {
        Dataset june = exportUpTo(6);
        Dataset july = exportUpTo(7);
        Map<Integer, Integer> inJune = fileIds(june, apply(june, DateRange.ALL, codebook));
        Map<Integer, Integer> inJuly = fileIds(july, apply(july, DateRange.ALL, codebook));
        int kept = 0;
        int inCodebookThemes = 0;
        for (Map.Entry<Integer, Integer> e : inJune.entrySet()) {
            int before = e.getValue();
            int after = inJuly.get(e.getKey());
            boolean codebookTheme = before > 0 && before < codebook.nextId();
            inCodebookThemes += codebookTheme ? 1 : 0;
            boolean same = codebookTheme ? after == before : !(after > 0 && after < codebook.nextId());
            kept += same ? 1 : 0;
        }
        assertThat(kept).as("January-June rows with the same codebook theme (or none) in both exports")
                .isEqualTo(inJune.size());
        assertThat(inCodebookThemes).as("rows of the June export in a codebook theme, of %d", inJune.size())
                .isGreaterThan(inJune.size() * 9 / 10);
    }

    @Test
    void theRowsTheCodebookWasLearnedOnMostlyKeepTheirThemes() throws Exception {
        ThemeRun again = apply(sample, LEARNED, codebook);
        ThemeRun first = learned.run();
        int same = 0;
        int grouped = 0;
        for (int d = 0; d < first.size(); d++) {
            int t = first.themes().assignment().themeOf(d);
            if (t >= 0) {
                grouped++;
                int now = again.themes().assignment().themeOf(d);
                same += now >= 0 && again.identity().idOf(now) == t + 1 ? 1 : 0;
            }
        }
        assertThat(same / (double) grouped).as("requests of the learning rows placed in the theme they were found "
                + "in (%d of %d)", same, grouped).isGreaterThan(0.9);
    }

    @Test
    void theCodebookKeepsTheAnalystsRenamesMergesAndDeletions() {
        ThemeRun run = learned.run();
        List<Theme> found = run.themes().themes();
        ThemeRun edited = ThemeEdits.apply(run, new ThemeEdit.Rename(0, "Trash carts"));
        int a = indexOf(edited, found.get(1).label());
        int b = indexOf(edited, found.get(2).label());
        edited = ThemeEdits.apply(edited, new ThemeEdit.Merge(List.of(a, b), "Parking and dumping"));
        String deleted = found.get(3).label();
        edited = ThemeEdits.apply(edited, new ThemeEdit.Delete(indexOf(edited, deleted)));
        Codebook kept = codebooks.make(sample, learned, edited, TextChoices.DEFAULTS, CREATED, CancellationToken.NEVER);

        assertThat(kept.themes()).hasSize(found.size() - 2);
        assertThat(kept.themes()).extracting(CodebookTheme::name).contains("Trash carts", "Parking and dumping")
                .doesNotContain(deleted, found.get(1).label(), found.get(2).label());
        assertThat(kept.themes()).extracting(CodebookTheme::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isLessThan(kept.nextId()));
        CodebookTheme trash = kept.themes().stream().filter(t -> t.name().equals("Trash carts")).findFirst()
                .orElseThrow();
        assertThat(trash.wordsCentre()).as("a rename keeps the centre")
                .containsExactly(codebook.theme(1).orElseThrow().wordsCentre());
        float[] merged = kept.themes().stream().filter(t -> t.name().equals("Parking and dumping")).findFirst()
                .orElseThrow().centre();
        double[] mix = positiveMix(merged, codebook.theme(2).orElseThrow().centre(),
                codebook.theme(3).orElseThrow().centre());
        assertThat(mix[0]).as("the merged centre is a positive mix of its members' centres").isPositive();
        assertThat(mix[1]).isPositive();
        assertThat(mix[2]).as("and nothing else").isLessThan(1e-4);
    }

    private static int indexOf(ThemeRun run, String label) {
        return run.themes().themes().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow().id();
    }

    /** The coefficients a, b of the nearest a*x + b*y to v, and the squared length of what is left. */
    private static double[] positiveMix(float[] v, float[] x, float[] y) {
        double xx = dot(x, x);
        double xy = dot(x, y);
        double yy = dot(y, y);
        double vx = dot(v, x);
        double vy = dot(v, y);
        double det = xx * yy - xy * xy;
        double a = (vx * yy - vy * xy) / det;
        double b = (vy * xx - vx * xy) / det;
        double rest = 0;
        for (int i = 0; i < v.length; i++) {
            double r = v[i] - a * x[i] - b * y[i];
            rest += r * r;
        }
        return new double[] {a, b, rest};
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (double) x[i] * y[i];
        }
        return s;
    }

    @Test
    void theSameRunGivesTheSameCodebookByteForByte() throws Exception {
        LearnedRun again = themes.learnThemes(sample, LEARNED, ThemeOptions.DEFAULTS, TextChoices.DEFAULTS,
                ProgressListener.NONE, CancellationToken.NEVER);
        Codebook twice = codebooks.make(sample, again, again.run(), TextChoices.DEFAULTS, CREATED,
                CancellationToken.NEVER);
        assertThat(codebooks.toJson(twice)).isEqualTo(codebooks.toJson(codebook));
        Path file = cache.resolve("riverton.codebook.json");
        codebooks.save(codebook, file, true);
        assertThat(codebooks.read(file)).isEqualTo(codebook);
    }

    @Test
    void theWholeExportKeepsTheCodebooksIdsAndNamesAndProposesNewThemesFromTheNextId() throws Exception {
        ThemeRun all = apply(sample, DateRange.ALL, codebook);
        int known = codebook.themes().size();
        for (int t = 0; t < known; t++) {
            assertThat(all.identity().idOf(t)).isEqualTo(codebook.themes().get(t).id());
            assertThat(all.labelOf(t)).isEqualTo(codebook.themes().get(t).name());
            assertThat(all.identity().isProposed(t)).isFalse();
        }
        for (int t = known; t < all.themes().themes().size(); t++) {
            assertThat(all.identity().isProposed(t)).isTrue();
            assertThat(all.identity().idOf(t)).isEqualTo(codebook.nextId() + t - known);
            assertThat(all.themes().themes().get(t).size()).isGreaterThanOrEqualTo(ProposedThemes.MIN_SIZE);
        }
        assertThat(all.identity().nextId()).isEqualTo(codebook.nextId() + all.themes().themes().size() - known);
        assertThat(all.themes().themes().stream().mapToInt(Theme::size).sum() + all.themes().unclear().size()
                + all.themes().noDescription().size()).as("every request counted once").isEqualTo(all.size());
        assertThat(all.themes().meaning().used()).isTrue();
        assertThat(apply(sample, DateRange.ALL, codebook)).as("same export, same codebook: the same run")
                .isEqualTo(all);
    }

    /** Whether a request of the sample is one of its planted e-scooter complaints in English. */
    private static boolean englishScooter(ServiceRequest request) {
        String text = request.text().toLowerCase(java.util.Locale.ROOT);
        return text.contains("scooter") && !text.contains("los scooters") && !text.contains("patinet");
    }

    @Test
    void theEScootersPlantedInTheSamplesLastMonthsAreProposedAsOneNewTheme() throws Exception {
        ThemeRun all = apply(sample, DateRange.ALL, codebook);
        int known = codebook.themes().size();
        int scootersSince = 0;
        Map<Integer, Integer> byTheme = new HashMap<>();
        for (int d = 0; d < all.size(); d++) {
            ServiceRequest request = sample.requests().get(all.requestIndexes().get(d));
            if (englishScooter(request) && request.created().toLocalDate().isAfter(LEARNED.to())) {
                scootersSince++;
                byTheme.merge(all.themes().assignment().themeOf(d), 1, Integer::sum);
            }
        }
        int proposed = byTheme.entrySet().stream().filter(e -> e.getKey() >= known)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        assertThat(byTheme.get(proposed)).as("e-scooter complaints since the codebook in the proposed theme %s, of %d"
                + " (all: %s)", all.labelOf(proposed), scootersSince, byTheme).isGreaterThan(scootersSince * 9 / 10);
        assertThat(all.labelOf(proposed)).contains("scooter");
        int[] members = all.themes().assignment().documentsOf(proposed);
        long about = java.util.Arrays.stream(members)
                .filter(d -> englishScooter(sample.requests().get(all.requestIndexes().get(d)))).count();
        assertThat(about).as("members of %s about e-scooters, of %d", all.labelOf(proposed), members.length)
                .isEqualTo(members.length);
        // the few complaints of the codebook's own period stay where the codebook put them
        for (int d = 0; d < all.size(); d++) {
            ServiceRequest request = sample.requests().get(all.requestIndexes().get(d));
            if (englishScooter(request) && !request.created().toLocalDate().isAfter(LEARNED.to())) {
                assertThat(all.themes().assignment().themeOf(d)).as(request.text()).isLessThan(known);
            }
        }
    }

    @Test
    void onlyWordsTheCodebooksThemesAreNotMadeOfBurst() {
        List<ServiceRequest> rows = sample.requests();
        org.civicthemes.text.TextPipeline pipeline = new org.civicthemes.text.TextPipeline(
                CodebookMaker.textOptionsOf(codebook.space().text()));
        List<List<String>> terms = pipeline.prepareEach(rows.stream().map(ServiceRequest::text).toList(),
                org.civicthemes.text.Vocabulary.ofKeys(codebook.space().terms()), CancellationToken.NEVER).stream()
                .map(org.civicthemes.text.PreparedText::termKeys).toList();
        boolean[] since = new boolean[rows.size()];
        for (int d = 0; d < since.length; d++) {
            since[d] = rows.get(d).created() != null && rows.get(d).created().toLocalDate().isAfter(LEARNED.to());
        }
        int[] placed = new org.civicthemes.cluster.CodebookPlacer(codebook).place(terms, null, CancellationToken.NEVER)
                .theme();
        List<org.civicthemes.cluster.WordBursts.Burst> bursts = org.civicthemes.cluster.WordBursts.find(codebook,
                terms, since, placed, org.civicthemes.cluster.WordBursts.DEFAULT);
        assertThat(bursts).hasSize(1);
        assertThat(bursts.get(0).words()).startsWith("scooter").doesNotContain("sidewalk", "pothol", "block");
        assertThat(java.util.Arrays.stream(bursts.get(0).documents()).allMatch(d -> since[d])).isTrue();
        // before the codebook's period ended nothing is new
        assertThat(org.civicthemes.cluster.WordBursts.find(codebook, terms, new boolean[rows.size()], placed,
                org.civicthemes.cluster.WordBursts.DEFAULT)).isEmpty();
        // a stricter rule than the sample's e-scooters can meet finds none
        assertThat(org.civicthemes.cluster.WordBursts.find(codebook, terms, since, placed,
                new org.civicthemes.cluster.WordBursts.Rule(200, 4, 23, 0.1, 0.5))).isEmpty();
        // a word every kind of request gained lands like all requests: no burst, however common it became
        List<List<String>> boilerplate = new java.util.ArrayList<>(terms);
        for (int d = 0; d < since.length; d++) {
            if (since[d] && d % 2 == 0) {
                boilerplate.set(d, java.util.stream.Stream.concat(terms.get(d).stream(), java.util.stream.Stream.of(
                        "smartphoneapp")).toList());
            }
        }
        assertThat(org.civicthemes.cluster.WordBursts.find(codebook, boilerplate, since, placed,
                org.civicthemes.cluster.WordBursts.DEFAULT)).extracting(b -> b.words().get(0))
                .containsExactly("scooter");
    }

    @Test
    void burstsTalliedInPartsAndMergedAreTheBurstsOfTheWhole() {
        // as the Spark job finds them: each part (a partition) tallied apart, the tallies merged in another order
        List<ServiceRequest> rows = sample.requests();
        List<List<String>> terms = new org.civicthemes.text.TextPipeline(
                CodebookMaker.textOptionsOf(codebook.space().text())).prepareEach(
                rows.stream().map(ServiceRequest::text).toList(),
                org.civicthemes.text.Vocabulary.ofKeys(codebook.space().terms()), CancellationToken.NEVER).stream()
                .map(org.civicthemes.text.PreparedText::termKeys).toList();
        boolean[] since = new boolean[rows.size()];
        for (int d = 0; d < since.length; d++) {
            since[d] = BurstThemes.isSince(codebook, rows.get(d).created());
        }
        int[] placed = new org.civicthemes.cluster.CodebookPlacer(codebook).place(terms, null, CancellationToken.NEVER)
                .theme();
        int themes = codebook.themes().size();
        int parts = 3;
        List<org.civicthemes.cluster.WordBursts.SinceCounts> counts = new java.util.ArrayList<>();
        for (int p = 0; p < parts; p++) {
            counts.add(new org.civicthemes.cluster.WordBursts.SinceCounts(themes));
        }
        for (int d = 0; d < since.length; d++) {
            if (since[d]) {
                counts.get(d % parts).add(terms.get(d), placed[d]);
            }
        }
        org.civicthemes.cluster.WordBursts.SinceCounts merged = counts.get(2).merge(counts.get(0)).merge(counts.get(1));
        List<String> candidates = org.civicthemes.cluster.WordBursts.candidates(codebook, merged,
                org.civicthemes.cluster.WordBursts.DEFAULT);
        assertThat(candidates).contains("scooter");
        List<org.civicthemes.cluster.WordBursts.WordPlacements> placements = new java.util.ArrayList<>();
        for (int p = 0; p < parts; p++) {
            placements.add(new org.civicthemes.cluster.WordBursts.WordPlacements(candidates, themes));
        }
        for (int d = 0; d < since.length; d++) {
            if (since[d]) {
                placements.get(d % parts).add(terms.get(d), placed[d]);
            }
        }
        List<String> apart = org.civicthemes.cluster.WordBursts.placedApart(merged,
                placements.get(1).merge(placements.get(0)).merge(placements.get(2)),
                org.civicthemes.cluster.WordBursts.DEFAULT);
        assertThat(apart).contains("scooter");
        List<org.civicthemes.cluster.WordBursts.Holders> holders = new java.util.ArrayList<>();
        for (int p = 0; p < parts; p++) {
            holders.add(new org.civicthemes.cluster.WordBursts.Holders(apart));
        }
        for (int d = 0; d < since.length; d++) {
            if (since[d]) {
                holders.get(d % parts).add(d, terms.get(d));
            }
        }
        List<org.civicthemes.cluster.WordBursts.Burst> inParts = org.civicthemes.cluster.WordBursts.bursts(
                holders.get(1).merge(holders.get(2)).merge(holders.get(0)), org.civicthemes.cluster.WordBursts.DEFAULT);
        List<org.civicthemes.cluster.WordBursts.Burst> whole = org.civicthemes.cluster.WordBursts.find(codebook, terms,
                since, placed, org.civicthemes.cluster.WordBursts.DEFAULT);
        assertThat(whole).isNotEmpty();
        assertThat(inParts).hasSameSizeAs(whole);
        for (int b = 0; b < whole.size(); b++) {
            assertThat(inParts.get(b).words()).isEqualTo(whole.get(b).words());
            assertThat(inParts.get(b).documents()).isEqualTo(whole.get(b).documents());
        }
    }

    @Test
    void theBurstThemesNameFromTheTallyOfEveryRequestsTermsIsTheNameTheRunGivesIt() throws Exception {
        // as the Spark job names them: each request's term ids counted in its theme (codebook or burst) or none
        ThemeRun all = apply(sample, DateRange.ALL, codebook);
        int known = codebook.themes().size();
        CodebookPlacing placing = new CodebookPlacing(codebook, themes);
        CodebookPlacing.Placed placed = placing.place(all.requestIndexes().stream()
                .map(i -> sample.requests().get(i).text()).toList(), CancellationToken.NEVER);
        org.civicthemes.cluster.GroupTermCounts first = placing.groupTermCounts(1);
        org.civicthemes.cluster.GroupTermCounts second = placing.groupTermCounts(1);
        for (int d = 0; d < all.size(); d++) {
            int theme = all.themes().assignment().themeOf(d);
            // the themes found among the requests that fit none are not there yet when the bursts are named
            (d % 2 == 0 ? first : second).add(theme >= 0 && theme <= known ? theme : -1,
                    placing.termIds(placed.terms().get(d)));
        }
        assertThat(all.labelOf(known)).contains("scooters");
        assertThat(placing.groupNames(second.merge(first))).containsExactly(all.labelOf(known));
    }

    @Test
    void aCodebookLearnedOnARangeWithoutAStartSaysTheDayOfItsFirstRequest() {
        assertThat(codebook.provenance().range()).isEqualTo(new DateRange(LocalDate.of(2023, 1, 1), LEARNED.to()));
    }

    @Test
    void requestsInAnotherLanguageThatFitNoThemeAreNeverProposedAsAThemeOfTheirOwn() throws Exception {
        ThemeRun all = apply(sample, DateRange.ALL, codebook);
        org.civicthemes.text.LanguageDetector detector = org.civicthemes.text.LanguageDetector.standard();
        for (int t = codebook.themes().size(); t < all.themes().themes().size(); t++) {
            int other = 0;
            int[] members = all.themes().assignment().documentsOf(t);
            for (int d : members) {
                org.civicthemes.text.Language language = detector.detect(
                        sample.requests().get(all.requestIndexes().get(d)).text());
                other += language == org.civicthemes.text.Language.SPANISH
                        || language == org.civicthemes.text.Language.OTHER ? 1 : 0;
            }
            assertThat(other).as("requests in another language in proposed theme %s", all.labelOf(t)).isZero();
        }
        for (int t = 0; t < codebook.themes().size(); t++) {
            for (int d : all.themes().themes().get(t).representatives()) {
                assertThat(detector.detect(sample.requests().get(all.requestIndexes().get(d)).text()))
                        .as("a representative of %s, placed by meaning", all.labelOf(t))
                        .isNotEqualTo(org.civicthemes.text.Language.SPANISH);
            }
        }
    }

    @Test
    void aCodebookFromAnotherSentenceModelIsRefused() {
        CodebookSpace s = codebook.space();
        CodebookSpace other = new CodebookSpace(s.terms(), s.labels(), s.idf(), s.sublinearTf(), s.dimensions(),
                s.projection(), "another-model/1", s.meaningDimensions(), s.wordWeight(), s.threshold(), s.text());
        Codebook foreign = Codebook.of(codebook.themes(), codebook.nextId(), other, codebook.provenance());
        assertThatThrownBy(() -> apply(exportUpTo(1), DateRange.ALL, foreign)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("The codebook was made with the sentence model another-model/1; ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aWordsOnlyCodebookOfNewportsRequestsPlacesThemAsTheyWereGrouped() throws Exception {
        Dataset newport = new ImportService().importFile(
                Path.of("src/test/resources/realdata/newport_seeclickfix_2017_head150.csv"), ImportOptions.DETECT_ALL,
                ProgressListener.NONE, CancellationToken.NEVER).dataset();
        ThemeOptions options = ThemeOptions.DEFAULTS.withThemes(8).withMeaning(false);
        LearnedRun words = themes.learnThemes(newport, DateRange.ALL, options, TextChoices.DEFAULTS,
                ProgressListener.NONE, CancellationToken.NEVER);
        Codebook book = codebooks.make(newport, words, words.run(), TextChoices.DEFAULTS, CREATED,
                CancellationToken.NEVER);
        assertThat(book.space().hasMeaning()).isFalse();
        ThemeRun placed = apply(newport, DateRange.ALL, book);
        int same = 0;
        int grouped = 0;
        for (int d = 0; d < placed.size(); d++) {
            int t = words.run().themes().assignment().themeOf(d);
            if (t >= 0) {
                grouped++;
                int now = placed.themes().assignment().themeOf(d);
                same += now >= 0 && placed.identity().idOf(now) == t + 1 ? 1 : 0;
            }
        }
        assertThat(same / (double) grouped).as("%d of %d", same, grouped).isGreaterThan(0.8);
    }
}
