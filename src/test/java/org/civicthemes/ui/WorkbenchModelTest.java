package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.civicthemes.analysis.DatePreset;
import org.civicthemes.model.DateRange;
import org.civicthemes.model.ImportResult;
import org.civicthemes.model.ServiceRequest;
import org.civicthemes.model.ThemeAssignment;
import org.civicthemes.model.ThemeCount;
import org.civicthemes.model.ThemeEdit;
import org.civicthemes.workflow.ExportFormat;
import org.civicthemes.workflow.TextChoices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's view models together, with no screen: the bundled sample opened and themed (6 themes, on the
 * calling thread), then filtered, edited, undone, exported, saved and opened again, each checked against a direct
 * count of the sample's requests.
 */
class WorkbenchModelTest {

    private static final Path SAMPLE = Path.of("sample-data", "riverton-311-requests.xlsx");
    private static final AnalysisViewModel.RunChoices SIX = new AnalysisViewModel.RunChoices(new ThemeCount(6), 42,
            TextChoices.DEFAULTS, DateRange.ALL);

    @TempDir
    Path dir;

    private WorkbenchModel model;
    /** When set, the next job runs with its cancel token already set, as if the analyst pressed Cancel. */
    private boolean cancelNext;

    private final BackgroundRunner runner = new BackgroundRunner() {
        @Override
        public <T> Handle start(Job<T> job, Callbacks<T> callbacks) {
            if (!cancelNext) {
                return SAME_THREAD.start(job, callbacks);
            }
            cancelNext = false;
            try {
                callbacks.onSuccess().accept(job.run(callbacks.onProgress(), () -> true));
            } catch (org.civicthemes.progress.CancelledException e) {
                callbacks.onCancelled().run();
            } catch (Exception e) {
                callbacks.onFailure().accept(e);
            }
            return () -> { };
        }
    };

    @BeforeEach
    void openTheSample() {
        model = new WorkbenchModel(runner);
        model.importer().setOnImported(result -> model.analysis().analyze(result, SIX));
        model.importer().open(SAMPLE);
        assertThat(model.analysis().stateProperty().get()).isNotNull();
    }

    private List<ServiceRequest> requests() {
        return model.importer().result().dataset().requests();
    }

    private long shownTotal() {
        return model.themes().rows().stream().mapToLong(ThemeRow::size).sum();
    }

    private ThemeRow row(String label) {
        return model.themes().rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void everyRequestIsInOneRowAndSharesAddUp() {
        assertThat(model.themes().rows().stream().filter(r -> !r.special())).hasSize(6);
        assertThat(shownTotal()).isEqualTo(requests().size());
        assertThat(model.themes().rows().stream().mapToDouble(ThemeRow::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.themes().summaryProperty().get()).isEqualTo("20,000 requests · 6 themes");
        assertThat(model.themes().rows().get(0).monthly()).hasSize(33);
    }

    @Test
    void aDateRangeCategoryAndDistrictNarrowEveryCountToADirectCount() {
        model.filter().fromProperty().set(LocalDate.of(2024, 7, 1));
        model.filter().toProperty().set(LocalDate.of(2024, 7, 31));
        model.filter().districtProperty().set("District 3");

        long direct = requests().stream().filter(r -> new DateRange(LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 7, 31)).contains(r.created()) && r.district().equals("District 3")).count();
        assertThat(direct).isPositive();
        assertThat(shownTotal()).isEqualTo(direct);
        ThemeRow first = model.themes().rows().get(0);
        model.themes().selectedProperty().set(first);
        assertThat(model.themes().requests()).hasSize((int) first.size())
                .allSatisfy(r -> assertThat(r.district()).isEqualTo("District 3"));
        assertThat(model.themes().summaryProperty().get()).contains("2024-07-01 to 2024-07-31", "district District 3");
    }

    @Test
    void presetsCountFromTheDataLastDayAndWrongOrderIsRefused() {
        model.filter().presetProperty().set(DatePreset.LAST_MONTH);
        long august = requests().stream().filter(r -> r.created() != null
                && r.created().getYear() == 2025 && r.created().getMonthValue() == 8).count();
        assertThat(shownTotal()).isEqualTo(august);

        model.filter().fromProperty().set(LocalDate.of(2025, 9, 1));
        model.filter().toProperty().set(LocalDate.of(2025, 1, 1));
        assertThat(model.filter().problemProperty().get()).contains("ends (2025-01-01) before it starts");
        assertThat(model.analysis().stateProperty().get().filter().range().from()).isNotEqualTo(LocalDate.of(2025, 1, 1));
    }

    /**
     * Issue 15, item 4: under "Last 90 days" a theme with hundreds of requests in range showed "No representative
     * request in this filter", its representatives being older. It shows its most typical requests in range.
     */
    @Test
    void underLast90DaysEveryThemeShowsItsMostTypicalRequestsInRange() {
        model.filter().presetProperty().set(DatePreset.LAST_90_DAYS);
        DateRange range = model.analysis().stateProperty().get().filter().range();
        int wanted = model.analysis().stateProperty().get().run().themes().options().representatives();

        for (ThemeRow row : model.themes().rows().stream().filter(r -> !r.special()).toList()) {
            assertThat(row.size()).as(row.label()).isGreaterThan(wanted);
            model.themes().selectedProperty().set(row);
            assertThat(model.themes().examples()).as("representatives of %s (%d requests in range)", row.label(),
                    row.size()).hasSize(wanted)
                    .allSatisfy(r -> assertThat(range.contains(r.created())).isTrue())
                    .allSatisfy(r -> assertThat(r.theme()).isEqualTo(row.label()))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void searchKeepsOnlyRequestsHoldingEveryWord() {
        ThemeRow first = model.themes().rows().get(0);
        model.themes().selectedProperty().set(first);
        List<String> words = java.util.Arrays.stream(model.themes().requests().get(0).text().split("\\W+"))
                .filter(w -> w.length() > 4).limit(2).toList();
        model.themes().searchProperty().set(String.join(" ", words).toUpperCase());

        assertThat(model.themes().requests()).isNotEmpty().hasSizeLessThan((int) first.size())
                .allSatisfy(r -> assertThat(r.text().toLowerCase()).contains(words.get(0).toLowerCase(),
                        words.get(1).toLowerCase()));
    }

    @Test
    void requestTextsAreShownRedactedAsTheRunRedactedThem() {
        java.util.regex.Pattern phoneNumber = java.util.regex.Pattern.compile("\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}");
        RequestRow withPhone = null;
        for (ThemeRow theme : model.themes().rows()) {
            model.themes().selectedProperty().set(theme);
            withPhone = model.themes().requests().stream().filter(r -> phoneNumber.matcher(r.text()).find())
                    .findFirst().orElse(null);
            if (withPhone != null) {
                break;
            }
        }
        assertThat(withPhone).as("a request of the sample with a phone number").isNotNull();
        String number = phoneNumber.matcher(withPhone.text()).results().findFirst().orElseThrow().group();

        String shown = model.themes().shown(withPhone.text());
        assertThat(shown).contains("[phone]").doesNotContain(number);
        assertThat(model.themes().examples()).allSatisfy(e ->
                assertThat(model.themes().shown(e.text())).doesNotContainPattern(phoneNumber));

        model.analysis().rerun(new AnalysisViewModel.RunChoices(new ThemeCount(6), 42,
                new TextChoices(java.util.Set.of("phone"), java.util.Set.of()), DateRange.ALL));
        assertThat(model.themes().shown(withPhone.text())).contains(number).doesNotContain("[phone]");
    }

    @Test
    void theSampleIsThemedByMeaningAndFindThemesCanTurnItOff() {
        assertThat(model.analysis().stateProperty().get().run().themes().meaning().used()).isTrue();
        List<String> steps = new java.util.ArrayList<>();
        model.status().addListener((o, before, after) -> steps.add(after));
        model.analysis().rerun(new AnalysisViewModel.RunChoices(new ThemeCount(6), 42, TextChoices.DEFAULTS,
                DateRange.ALL, false));
        assertThat(model.analysis().stateProperty().get().run().themes().meaning())
                .isEqualTo(org.civicthemes.model.MeaningUse.OFF);
        assertThat(model.analysis().choices().meaning()).isFalse();
        assertThat(steps).as("progress names the step and counts").anySatisfy(step ->
                assertThat(step).matches("Preparing texts: [0-9,]+ of 20,000…"));
        assertThat(model.status().get()).endsWith("by words");
    }

    @Test
    void theThemesAsEditedAreSavedAsACodebookAndNextExportTakesTheirNames() throws Exception {
        List<ThemeRow> themes = model.themes().rows().stream().filter(r -> !r.special()).toList();
        model.analysis().edit(new ThemeEdit.Rename(themes.get(0).themeId(), "Parked and abandoned cars"));
        Path file = dir.resolve("riverton.codebook.json");
        model.analysis().saveCodebook(file);
        assertThat(model.analysis().errorProperty().get()).isEmpty();
        assertThat(file).exists();
        assertThat(model.analysis().statusProperty().get()).startsWith("Saved 6 themes as the codebook");

        model.analysis().useCodebook(file);
        org.civicthemes.model.ThemeRun run = model.analysis().stateProperty().get().run();
        assertThat(run.identity().fromCodebook()).isTrue();
        assertThat(java.util.stream.IntStream.range(0, run.themes().themes().size()).mapToObj(run::labelOf))
                .contains("Parked and abandoned cars");
        assertThat(model.analysis().statusProperty().get()).contains("themes of the codebook riverton.codebook.json");
        assertThat(shownTotal()).isEqualTo(requests().size());

        Path broken = dir.resolve("broken.codebook.json");
        java.nio.file.Files.writeString(broken, "{\"format\": \"civicthemes-codebook\"");
        model.analysis().useCodebook(broken);
        assertThat(model.analysis().errorProperty().get()).contains("broken.codebook.json").doesNotContain("\n");
        assertThat(model.analysis().stateProperty().get().run()).as("what was shown stays").isSameAs(run);
    }

    @Test
    void themesPlacedByACodebookShowWhatChangedInTheListAndTheWhatChangedTabFollowingTheFilter() throws Exception {
        assertThat(model.themes().sinceCodebookProperty().get()).as("themes found from scratch").isNull();
        assertThat(model.sinceCodebook().placedProperty().get()).isFalse();
        assertThat(model.themes().rows()).allSatisfy(r -> assertThat(r.since()).isNull());
        Path file = dir.resolve("riverton.codebook.json");
        model.analysis().saveCodebook(file);
        org.civicthemes.model.Codebook codebook = new org.civicthemes.workflow.CodebookService().read(file);

        model.analysis().useCodebook(file);

        org.civicthemes.analysis.SinceCodebook since = model.themes().sinceCodebookProperty().get();
        assertThat(since).isNotNull();
        assertThat(since.basis()).as("the codebook was learned on every day of the same export")
                .isEqualTo(org.civicthemes.analysis.SinceCodebook.Basis.CODEBOOK_RUN);
        assertThat(since.themes()).hasSize(codebook.themes().size());
        for (ThemeRow row : model.themes().rows()) {
            if (row.special()) {
                assertThat(row.since()).isNull();
                continue;
            }
            int id = model.analysis().stateProperty().get().run().identity().idOf(row.themeId());
            if (row.since().proposed()) {
                assertThat(codebook.theme(id)).isEmpty();
                assertThat(row.since().beforeText()).isEqualTo("new");
            } else {
                assertThat(row.since().before()).isEqualTo(codebook.theme(id).orElseThrow().requests());
                assertThat(row.since().now()).isEqualTo(row.size());
            }
        }
        assertThat(model.sinceCodebook().placedProperty().get()).isTrue();
        assertThat(model.sinceCodebook().themes()).hasSize(codebook.themes().size());
        assertThat(model.sinceCodebook().themes()).isSortedAccordingTo(java.util.Comparator.comparingDouble(
                org.civicthemes.analysis.SinceCodebook.Kept::changePoints).reversed());
        assertThat(model.sinceCodebook().headingProperty().get()).startsWith("Since the codebook: ");
        assertThat(model.sinceCodebook().basisProperty().get()).contains("riverton-311-requests.xlsx");

        model.filter().fromProperty().set(LocalDate.of(2025, 1, 1));
        org.civicthemes.analysis.SinceCodebook in2025 = model.themes().sinceCodebookProperty().get();
        long themed = model.themes().rows().stream().filter(r -> !r.special()).mapToLong(ThemeRow::size).sum();
        assertThat(in2025.requestsNow()).isEqualTo(shownTotal());
        assertThat(in2025.themes().stream().mapToLong(org.civicthemes.analysis.SinceCodebook.Kept::now).sum()
                + in2025.proposed().stream().mapToLong(org.civicthemes.analysis.SinceCodebook.Proposed::now).sum())
                .as("now is what the filter shows").isEqualTo(themed);
        assertThat(model.sinceCodebook().themes().stream().mapToLong(org.civicthemes.analysis.SinceCodebook.Kept::now)
                .sum()).isLessThan(requests().size() / 2);
    }

    @Test
    void theExportDialogOffersOneSummaryPerDepartmentWhenTheCodebookNamesThem() throws Exception {
        assertThat(model.export().departments()).as("themes found from scratch name no department").isEmpty();
        Path file = dir.resolve("riverton.codebook.json");
        model.analysis().saveCodebook(file);
        String json = Files.readString(file);
        int at = json.indexOf("\"id\" : 2,");
        int field = json.indexOf("\"department\" : \"\"", at);
        Path withDepartment = dir.resolve("departments.codebook.json");
        Files.writeString(withDepartment, json.substring(0, field) + "\"department\" : \"Public Works\""
                + json.substring(field + "\"department\" : \"\"".length()));
        model.analysis().useCodebook(withDepartment);
        assertThat(model.export().departments()).containsExactly("Public Works");

        Path out = dir.resolve("out");
        model.export().export(out, new ExportViewModel.Choices(EnumSet.of(ExportFormat.CSV, ExportFormat.HTML), false,
                false, true), null, false);

        assertThat(model.error().get()).isEmpty();
        assertThat(model.export().written()).contains(out.resolve("themes.csv"), out.resolve("themes-public-works.csv"),
                out.resolve("report-public-works.html"), out.resolve("requests-public-works.csv"));
        List<String> works = Files.readAllLines(out.resolve("themes-public-works.csv"));
        assertThat(works).hasSize(2);
        assertThat(works.get(0)).endsWith(",before,now,change_points,new,department");
        assertThat(works.get(1)).startsWith("2,").endsWith(",false,Public Works");
        assertThat(Files.readString(out.resolve("report.html"))).contains("What changed since the codebook");
        // one definition: the window's Before and Now are the export's before and now
        List<String> all = Files.readAllLines(out.resolve("themes.csv"));
        org.civicthemes.model.ThemeRun run = model.analysis().stateProperty().get().run();
        for (ThemeRow row : model.themes().rows()) {
            if (row.special() || row.since().proposed()) {
                continue;
            }
            String id = run.identity().idOf(row.themeId()) + ",";
            String line = all.stream().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
            String[] cells = line.split(",", -1);
            int n = cells.length; // ..., before, now, change_points, new, department
            assertThat(cells[n - 5] + "," + cells[n - 4]).as(line).isEqualTo(row.since().before() + ","
                    + row.since().now());
        }
        assertThat(model.export().existing(out, new ExportViewModel.Choices(EnumSet.of(ExportFormat.CSV), false,
                false, true), null)).contains(out.resolve("themes-public-works.csv"));
    }

    @Test
    void aProjectWhoseSourceChangedCanOpenWithItsThemesPlacedOnTheChangedFile() throws Exception {
        Path csv = Files.copy(Path.of("src", "test", "resources", "realdata", "newport_seeclickfix_2017_head150.csv"),
                dir.resolve("newport.csv"));
        WorkbenchModel first = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        first.importer().open(csv);
        first.analysis().edit(new ThemeEdit.Rename(0, "Drains"));
        Path project = first.project().save(dir.resolve("newport"), false).orElseThrow();
        Files.writeString(csv, Files.readString(csv).replace("water on road.", "water on the road."));

        WorkbenchModel other = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        String[] asked = {""};
        other.project().open(project, new ProjectViewModel.Questions() {
            @Override
            public boolean continueWithChangedSource(String message) {
                throw new AssertionError("the three-way question is asked");
            }

            @Override
            public ProjectViewModel.ChangedSource onChangedSource(String message) {
                asked[0] = message;
                return ProjectViewModel.ChangedSource.USE_THEMES_ON_CHANGED_FILE;
            }

            @Override
            public Optional<Path> locateSource(String message) {
                throw new AssertionError("the source is where it was: " + message);
            }
        });

        assertThat(asked[0]).startsWith("newport.csv has changed since the project was saved");
        assertThat(other.error().get()).isEmpty();
        org.civicthemes.model.ThemeRun run = other.analysis().stateProperty().get().run();
        assertThat(run.identity().fromCodebook()).isTrue();
        assertThat(run.labelOf(0)).isEqualTo("Drains");
        assertThat(run.identity().idOf(0)).isEqualTo(1);
        assertThat(other.themes().sinceCodebookProperty().get()).isNotNull();
        assertThat(other.sinceCodebook().themes()).extracting(org.civicthemes.analysis.SinceCodebook.Kept::name)
                .contains("Drains");
        assertThat(other.status().get()).startsWith("Gave newport.csv the ").contains("themes of newport.civicthemes");

        WorkbenchModel declined = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        declined.project().open(project, new ProjectViewModel.Questions() {
            @Override
            public boolean continueWithChangedSource(String message) {
                return false;
            }

            @Override
            public Optional<Path> locateSource(String message) {
                throw new AssertionError(message);
            }
        });
        assertThat(declined.analysis().stateProperty().get()).as("not opened").isNull();
    }

    @Test
    void aCodebookRunIsGrownInTheWindowAndSavedAgainWithEveryEditUndoable() throws Exception {
        ThemeRow first = model.themes().rows().stream().filter(r -> !r.special()).findFirst().orElseThrow();
        model.analysis().edit(new ThemeEdit.Department(first.themeId(), "Public Works"));
        assertThat(row(first.label()).department()).isEqualTo("Public Works");
        assertThat(model.themes().departments()).containsExactly("Public Works");
        model.analysis().undo();
        assertThat(row(first.label()).department()).isEmpty();
        model.analysis().redo();
        Path file = dir.resolve("riverton.codebook.json");
        model.analysis().saveCodebook(file);
        org.civicthemes.workflow.CodebookService codebooks = new org.civicthemes.workflow.CodebookService();
        org.civicthemes.model.Codebook saved = codebooks.read(file);
        assertThat(saved.themes()).filteredOn(t -> t.name().equals(first.label()))
                .extracting(org.civicthemes.model.CodebookTheme::department).containsExactly("Public Works");
        // a stricter fit than 0.2, so some requests fit no theme and form proposed new themes
        org.civicthemes.model.CodebookSpace s = saved.space();
        Path strict = dir.resolve("strict.codebook.json");
        codebooks.save(org.civicthemes.model.Codebook.of(saved.themes(), saved.nextId(),
                new org.civicthemes.model.CodebookSpace(s.terms(), s.labels(), s.idf(), s.sublinearTf(),
                        s.dimensions(), s.projection(), s.meaningModel(), s.meaningDimensions(), s.wordWeight(), 0.5,
                        s.text()), saved.provenance()), strict, false);

        model.analysis().useCodebook(strict);
        assertThat(model.analysis().errorProperty().get()).isEmpty();
        assertThat(row(first.label()).department()).as("the codebook's department is shown").isEqualTo("Public Works");
        List<ThemeRow> proposed = model.themes().rows().stream().filter(ThemeRow::proposed).toList();
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(proposed.get(0).shownId()).isEqualTo(proposed.get(0).fileId() + " new");
        int acceptedId = proposed.get(0).fileId();
        int mergedId = proposed.get(1).fileId();
        model.themes().selectedProperty().set(proposed.get(0));
        assertThat(model.themes().requests()).hasSize((int) proposed.get(0).size())
                .allSatisfy(r -> assertThat(r.theme()).isEqualTo(proposed.get(0).label()));
        org.civicthemes.model.ThemeRun placedRun = model.analysis().stateProperty().get().run();
        java.util.Set<Integer> members = new java.util.HashSet<>();
        for (int d : placedRun.themes().assignment().documentsOf(proposed.get(0).themeId())) {
            members.add(placedRun.requestIndexes().get(d));
        }
        assertThat(model.themes().requests()).allSatisfy(r -> assertThat(members).contains(r.request()));

        model.analysis().edit(new ThemeEdit.Accept(proposed.get(0).themeId()));
        assertThat(rowWithId(acceptedId).proposed()).isFalse();
        assertThat(model.analysis().undoTextProperty().get()).isEqualTo("Undo Accept proposed theme");
        model.analysis().undo();
        assertThat(rowWithId(acceptedId).proposed()).as("undone: proposed again").isTrue();
        model.analysis().redo();
        assertThat(rowWithId(acceptedId).proposed()).isFalse();

        ThemeRow target = row(first.label());
        long together = target.size() + rowWithId(mergedId).size();
        model.analysis().edit(ThemesViewModel.mergeInto(rowWithId(mergedId), target));
        assertThat(model.themes().rows()).noneMatch(r -> r.fileId() == mergedId);
        assertThat(rowWithId(target.fileId()).label()).isEqualTo(first.label());
        assertThat(rowWithId(target.fileId()).size()).isEqualTo(together);

        ThemeRow retired = model.themes().rows().stream().filter(r -> !r.special() && !r.proposed()
                && r.fileId() != target.fileId() && r.fileId() != acceptedId).findFirst().orElseThrow();
        model.analysis().edit(new ThemeEdit.Delete(retired.themeId()));
        model.analysis().edit(new ThemeEdit.Department(rowWithId(acceptedId).themeId(), "Code Enforcement"));

        Path grownFile = dir.resolve("grown.codebook.json");
        model.analysis().saveCodebook(grownFile);
        assertThat(model.analysis().errorProperty().get()).isEmpty();
        assertThat(model.analysis().statusProperty().get()).startsWith("Saved 6 themes as the codebook "
                + "grown.codebook.json");
        org.civicthemes.model.Codebook grown = codebooks.read(grownFile);
        assertThat(grown.theme(acceptedId).orElseThrow().department()).isEqualTo("Code Enforcement");
        assertThat(grown.theme(retired.fileId())).isEmpty();
        assertThat(grown.theme(mergedId)).isEmpty();
        assertThat(grown.nextId()).isGreaterThan(acceptedId).isGreaterThan(retired.fileId());
        assertThat(grown.provenance().grownFrom().codebook()).isEqualTo("strict.codebook.json");

        Path project = model.project().save(dir.resolve("grown"), false).orElseThrow();
        assertThat(Files.readString(project)).contains("strict.codebook.json", "\"type\" : \"accept\"",
                "\"department\" : \"Code Enforcement\"");
    }

    private ThemeRow rowWithId(int fileId) {
        return model.themes().rows().stream().filter(r -> !r.special() && r.fileId() == fileId).findFirst()
                .orElseThrow();
    }

    @Test
    void whenMeaningCouldNotRunTheStatusLineSaysSoInOneLine() {
        org.civicthemes.model.ThemeSet set = new org.civicthemes.model.ThemeSet(List.of(),
                new org.civicthemes.model.ThemeAssignment(new int[0]),
                new org.civicthemes.model.ThemeGroup(org.civicthemes.model.ThemeGroup.UNCLEAR, 0, 0),
                new org.civicthemes.model.ThemeGroup(org.civicthemes.model.ThemeGroup.NO_DESCRIPTION, 0, 0),
                org.civicthemes.model.ThemeOptions.DEFAULTS, List.of(), org.civicthemes.model.MeaningUse.unavailable(
                        "The sentence model could not be loaded here (UnsatisfiedLinkError)"));
        org.civicthemes.model.ThemeRun run = new org.civicthemes.model.ThemeRun(set, List.of(), DateRange.ALL,
                java.util.Map.of(), java.util.Map.of());
        assertThat(AnalysisViewModel.foundMessage(run)).isEqualTo("Found 0 themes in 0 requests by words only. "
                + "The sentence model could not be loaded here (UnsatisfiedLinkError)");
    }

    @Test
    void editsChangeTheRowsAndUndoRedoWalkBackAndForth() {
        List<ThemeRow> themes = model.themes().rows().stream().filter(r -> !r.special()).toList();
        model.analysis().edit(new ThemeEdit.Rename(themes.get(0).themeId(), "Renamed"));
        model.analysis().edit(new ThemeEdit.Merge(List.of(themes.get(1).themeId(), themes.get(2).themeId()), "Pair"));

        assertThat(row("Pair").size()).isEqualTo(themes.get(1).size() + themes.get(2).size());
        assertThat(model.analysis().undoTextProperty().get()).isEqualTo("Undo Merge 2 themes into 'Pair'");
        assertThat(shownTotal()).isEqualTo(requests().size());

        model.analysis().undo();
        assertThat(model.themes().rows()).extracting(ThemeRow::label).doesNotContain("Pair").contains("Renamed");
        model.analysis().redo();
        assertThat(model.themes().rows()).extracting(ThemeRow::label).contains("Pair");

        model.analysis().edit(new ThemeEdit.Rename(row("Renamed").themeId(), "pair"));
        assertThat(model.analysis().errorProperty().get()).contains("already called 'Pair'");
    }

    private ThemeRow selected() {
        return model.themes().selectedProperty().get();
    }

    private List<ThemeRow> themeRows() {
        return model.themes().rows().stream().filter(r -> !r.special()).toList();
    }

    /** Issue 15, item 8: after an edit the selection jumped to the first theme. */
    @Test
    void renameDeleteSplitAndUndoKeepTheAnalystsPlace() {
        ThemeRow third = themeRows().get(2);
        model.themes().selectedProperty().set(third);

        model.analysis().edit(new ThemeEdit.Rename(third.themeId(), "Kept in place"));
        assertThat(selected().label()).as("the renamed theme").isEqualTo("Kept in place");
        assertThat(selected().size()).isEqualTo(third.size());

        List<String> labels = themeRows().stream().map(ThemeRow::label).toList();
        String next = labels.get(labels.indexOf("Kept in place") + 1);
        model.analysis().edit(new ThemeEdit.Delete(selected().themeId()));
        assertThat(selected().label()).as("after a delete, the next theme").isEqualTo(next);

        model.analysis().undo();
        assertThat(selected().label()).as("an undo keeps the theme selected").isEqualTo(next);

        String last = themeRows().get(themeRows().size() - 1).label();
        model.themes().select(themeRows().get(themeRows().size() - 1).themeId());
        String beforeLast = themeRows().get(themeRows().size() - 2).label();
        model.analysis().edit(new ThemeEdit.Delete(selected().themeId()));
        assertThat(selected().label()).as("after deleting the last theme, the one before it").isEqualTo(beforeLast)
                .isNotEqualTo(last);

        ThemeRow toSplit = selected();
        java.util.Set<Integer> itsRequests = requestsOf(toSplit);
        List<String> before = themeRows().stream().map(ThemeRow::label).toList();
        model.analysis().edit(new ThemeEdit.Split(toSplit.themeId(), 2));
        assertThat(selected().label()).as("after a split, one of its parts").isNotIn(before);
        assertThat(itsRequests).containsAll(requestsOf(selected()));
    }

    private java.util.Set<Integer> requestsOf(ThemeRow row) {
        model.themes().selectedProperty().set(row);
        return model.themes().requests().stream().map(RequestRow::request).collect(java.util.stream.Collectors.toSet());
    }

    /** Issue 15, item 8: the last file's search stayed and hid the new file's requests ("0 shown"). */
    @Test
    void aNewFileOpensWithoutTheLastFilesSearch() throws Exception {
        model.themes().selectedProperty().set(themeRows().get(0));
        model.themes().searchProperty().set("pothole school");
        Path other = dir.resolve("other.csv");
        org.civicthemes.sample.SampleExportGenerator.write(other, new org.civicthemes.sample.SampleOptions(600, 7,
                org.civicthemes.sample.SampleOptions.DEFAULT_START, org.civicthemes.sample.SampleOptions.DEFAULT_END),
                org.civicthemes.progress.ProgressListener.NONE, org.civicthemes.progress.CancellationToken.NEVER);

        model.importer().open(other);

        assertThat(model.analysis().stateProperty().get().dataset().size()).isEqualTo(600);
        assertThat(model.themes().searchProperty().get()).isEmpty();
        assertThat(model.themes().requests()).hasSize((int) selected().size()).isNotEmpty();
    }

    /** Issue 15, item 10: the All requests tab had no Theme column. */
    @Test
    void everyImportedRequestKnowsItsThemeAsNamedNow() {
        ThemeRow first = themeRows().get(0);
        model.themes().selectedProperty().set(first);
        int request = model.themes().requests().get(0).request();
        assertThat(model.themes().requestThemesProperty().get().labelOf(request)).isEqualTo(first.label());

        model.analysis().edit(new ThemeEdit.Rename(first.themeId(), "Named in the tab"));

        assertThat(model.themes().requestThemesProperty().get().labelOf(request)).isEqualTo("Named in the tab");
        long named = java.util.stream.IntStream.range(0, requests().size())
                .filter(i -> model.themes().requestThemesProperty().get().labelOf(i).equals("Named in the tab"))
                .count();
        assertThat(named).isEqualTo(first.size());
    }

    @Test
    void unclearRequestsCanBeMovedToATheme() {
        ThemeRow unclear = row("Unclear");
        model.themes().selectedProperty().set(unclear);
        List<Integer> three = model.themes().requests().stream().limit(3).map(RequestRow::request).toList();
        ThemeRow target = model.themes().rows().get(0);

        model.analysis().edit(new ThemeEdit.Move(three, target.themeId()));

        assertThat(row("Unclear").size()).isEqualTo(unclear.size() - 3);
        assertThat(row(target.label()).size()).isEqualTo(target.size() + 3);
    }

    @Test
    void exportWritesTheEditedThemesOfTheFilter() throws Exception {
        model.analysis().edit(new ThemeEdit.Rename(0, "Department one"));
        model.filter().presetProperty().set(DatePreset.LAST_QUARTER);

        model.export().export(dir, new ExportViewModel.Choices(EnumSet.of(ExportFormat.CSV), false, false), null, false);

        List<String> lines = Files.readAllLines(dir.resolve("requests.csv"));
        assertThat(lines).hasSize((int) shownTotal() + 1);
        assertThat(String.join("\n", lines)).contains("Department one");
        assertThat(model.export().existing(dir, new ExportViewModel.Choices(EnumSet.of(ExportFormat.CSV), false,
                false), null)).isNotEmpty();
        model.export().export(dir, new ExportViewModel.Choices(EnumSet.of(ExportFormat.CSV), false, false), null, false);
        assertThat(model.error().get()).contains("already exists");
    }

    @Test
    void anExportOfOneDistrictSaysSoAndHoldsOnlyIt() throws Exception {
        model.filter().districtProperty().set("District 3");

        model.export().export(dir, new ExportViewModel.Choices(EnumSet.of(ExportFormat.HTML, ExportFormat.CSV), false,
                false), null, false);

        assertThat(Files.readString(dir.resolve("report.html"))).contains("Only requests of district District 3.");
        long district3 = requests().stream().filter(r -> r.district().equals("District 3")).count();
        assertThat(Files.readAllLines(dir.resolve("requests.csv"))).hasSize((int) district3 + 1);
    }

    @Test
    void aSavedProjectOpensWithTheSameThemesEditsAndFilter() {
        model.analysis().edit(new ThemeEdit.Rename(0, "Kept name"));
        model.filter().fromProperty().set(LocalDate.of(2024, 1, 1));
        List<ThemeRow> before = List.copyOf(model.themes().rows());
        Optional<Path> saved = model.project().save(dir.resolve("mine"), false);
        assertThat(saved).contains(dir.resolve("mine.civicthemes"));

        WorkbenchModel other = new WorkbenchModel(BackgroundRunner.SAME_THREAD);
        other.project().open(saved.get(), new ProjectViewModel.Questions() {
            @Override
            public boolean continueWithChangedSource(String message) {
                throw new AssertionError("the source did not change: " + message);
            }

            @Override
            public Optional<Path> locateSource(String message) {
                throw new AssertionError("the source is where it was: " + message);
            }
        });

        assertThat(other.themes().rows()).isEqualTo(before);
        assertThat(other.analysis().canUndoProperty().get()).isTrue();
        assertThat(other.analysis().stateProperty().get().filter().range().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(other.analysis().stateProperty().get().run().themes().assignment())
                .isEqualTo(model.analysis().stateProperty().get().run().themes().assignment());
        assertThat(other.analysis().stateProperty().get().run().themes().assignment().documentsOf(
                ThemeAssignment.NOT_GROUPED)).isEmpty();
    }

    @Test
    void aCorrectedColumnRoleReadsTheFileAgainAndFindsThemesAgain() {
        model.importer().reread(new org.civicthemes.model.ImportOptions(null, 0,
                java.util.Map.of(org.civicthemes.model.ColumnRole.CATEGORY, List.of("Status")), null));

        assertThat(model.importer().reading().columns()).containsKey(org.civicthemes.model.ColumnRole.CATEGORY);
        assertThat(model.themes().categories()).hasSizeLessThan(10).contains("Closed");
        assertThat(shownTotal()).isEqualTo(requests().size());
        assertThat(model.analysis().stateProperty().get().dataset()).isSameAs(model.importer().result().dataset());
    }

    @Test
    void hiddenChartsCatchUpWhenShown() {
        assertThat(model.charts().stateProperty().get()).isSameAs(model.analysis().stateProperty().get());
        model.chartsShownProperty().set(false);
        model.analysis().edit(new ThemeEdit.Rename(0, "While hidden"));
        assertThat(model.charts().stateProperty().get()).isNotSameAs(model.analysis().stateProperty().get());

        model.chartsShownProperty().set(true);

        assertThat(model.charts().stateProperty().get()).isSameAs(model.analysis().stateProperty().get());
        assertThat(model.charts().sizes()).extracting(ChartsData.ThemeSize::label).contains("While hidden");
    }

    @Test
    void aCancelledRunKeepsThePreviousThemesAndEdits() {
        model.analysis().edit(new ThemeEdit.Rename(0, "Before cancel"));
        ViewState before = model.analysis().stateProperty().get();

        cancelNext = true;
        model.analysis().rerun(new AnalysisViewModel.RunChoices(new ThemeCount(9), 1, TextChoices.DEFAULTS,
                DateRange.ALL));

        assertThat(model.analysis().stateProperty().get()).isSameAs(before);
        assertThat(model.analysis().runningProperty().get()).isFalse();
        assertThat(model.status().get()).contains("cancelled");
        assertThat(model.analysis().canUndoProperty().get()).isTrue();
    }

    /** Issue 15: what the window listens to keeps speaking after the collector ran. */
    @Test
    void busyErrorAndRecentProjectsStillSpeakAfterTheCollectorRuns() throws Exception {
        List<Boolean> busy = Collector.changesOf(model.busy());
        List<String> error = Collector.changesOf(model.error());
        var recent = Collector.lastOf(model.recentProjects().paths());

        Collector.collectGarbage();
        model.importer().open(Files.write(dir.resolve("empty.xlsx"), new byte[0]));
        model.project().save(dir.resolve("kept"), false);

        assertThat(busy).as("busy heard after a collection").containsSubsequence(true, false);
        assertThat(error).as("errors heard after a collection").anySatisfy(e -> assertThat(e).isNotEmpty());
        assertThat(recent.get()).as("recent projects heard after a collection").isNotNull()
                .contains(dir.resolve("kept.civicthemes").toAbsolutePath().normalize());
    }

    @Test
    void aFailedImportKeepsTheThemesShown() throws Exception {
        ImportResult before = model.importer().result();
        Path broken = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        model.importer().open(broken);
        assertThat(model.error().get()).isNotEmpty();
        assertThat(model.importer().result()).isSameAs(before);
        assertThat(shownTotal()).isEqualTo(requests().size());
    }
}
