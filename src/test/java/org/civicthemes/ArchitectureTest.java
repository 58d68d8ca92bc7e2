package org.civicthemes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, enforced by the build. One test per rule, each with its reason.
 */
class ArchitectureTest {

    private static final String JAVA = "java..";
    private static final String LOGGING = "org.slf4j..";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civicthemes");
    }

    @Test
    void javafxOnlyInTheUserInterface() {
        noClasses().that().resideOutsideOfPackages("org.civicthemes.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the core runs headless: from the command line, in tests and in benchmarks")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingButJava() {
        classes().that().resideInAPackage("org.civicthemes.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, "org.civicthemes.model..")
                .because("model values pass between every stage and must not drag a library along")
                .check(classes);
    }

    @Test
    void progressDependsOnNothingButJava() {
        classes().that().resideInAPackage("org.civicthemes.progress..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, "org.civicthemes.progress..")
                .because("progress and cancel are shared by every face and every long step")
                .check(classes);
    }

    @Test
    void readersUseOnlyModelProgressAndFileLibraries() {
        classes().that().resideInAPackage("org.civicthemes.io.read..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, "javax.xml..", "org.xml.sax..",
                        LOGGING, "org.civicthemes.io.read..", "org.civicthemes.model..", "org.civicthemes.progress..",
                        "org.apache.poi..", "org.apache.commons.csv..", "org.jsoup..")
                .because("a reader turns a file into a Dataset and an ImportReport (or a city FAQ into its entries: "
                        + "jsoup reads its saved web page, decision 0017) and knows nothing of themes or faces")
                .check(classes);
    }

    @Test
    void writersUseOnlyModelAnalysisAndFileLibraries() {
        classes().that().resideInAPackage("org.civicthemes.io.write..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, LOGGING, "org.civicthemes.io.write..",
                        "org.civicthemes.model..", "org.civicthemes.analysis..", "org.civicthemes.progress..",
                        "org.apache.poi..", "org.openxmlformats.schemas..", "org.apache.commons.csv..",
                        "com.fasterxml.jackson..")
                .because("writers present results; they compute nothing of their own (the OOXML schema beans are "
                        + "POI's own lower layer, needed where POI has no method, such as a table's filter buttons)")
                .check(classes);
    }

    @Test
    void textUsesOnlyModelProgressAndOpenNlp() {
        classes().that().resideInAPackage("org.civicthemes.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, LOGGING, "org.civicthemes.text..",
                        "org.civicthemes.model..", "org.civicthemes.progress..", "opennlp..")
                .because("text preparation is strings in, terms out")
                .check(classes);
    }

    @Test
    void clusteringUsesOnlyModelTextProgressAndSmile() {
        classes().that().resideInAPackage("org.civicthemes.cluster..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, LOGGING, "org.civicthemes.cluster..",
                        "org.civicthemes.model..", "org.civicthemes.text..", "org.civicthemes.progress..", "smile..")
                .because("clustering works on prepared text and returns themes, whatever face asked")
                .check(classes);
    }

    @Test
    void meaningUsesOnlyProgressAndTheModelRuntime() {
        classes().that().resideInAPackage("org.civicthemes.meaning..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, LOGGING, "org.civicthemes.meaning..",
                        "org.civicthemes.progress..", "ai.onnxruntime..", "ai.djl.huggingface.tokenizers..")
                .because("reading meaning is texts in, vectors out; only workflow connects it to the theme engine")
                .check(classes);
    }

    @Test
    void onlyWorkflowLoadsTheSentenceModel() {
        noClasses().that().resideOutsideOfPackages("org.civicthemes.meaning..", "org.civicthemes.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civicthemes.meaning..", "ai.onnxruntime..",
                        "ai.djl..")
                .because("a words-only run, the clustering and the faces never load native model code")
                .check(classes);
    }

    @Test
    void codebookFilesAreReadAndWrittenOnlyThroughWorkflow() {
        noClasses().that().resideOutsideOfPackages("org.civicthemes.io.write..", "org.civicthemes.workflow..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("CodebookFile")
                .because("a codebook is read once, refused in one sentence when it is bad, and applied by one "
                        + "workflow service, so the window and the command line cannot disagree about it")
                .check(classes);
    }

    @Test
    void analysisUsesOnlyModel() {
        classes().that().resideInAPackage("org.civicthemes.analysis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, "org.civicthemes.analysis..",
                        "org.civicthemes.model..")
                .because("time views and statistics are plain computations over model values")
                .check(classes);
    }

    @Test
    void sampleGeneratorUsesOnlyModelProgressAndFileLibraries() {
        classes().that().resideInAPackage("org.civicthemes.sample..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, LOGGING, "org.civicthemes.sample..",
                        "org.civicthemes.model..", "org.civicthemes.progress..", "org.apache.poi..",
                        "org.apache.commons.csv..")
                .because("the generator writes exports like a city's system would, and nothing else")
                .check(classes);
    }

    @Test
    void facesGoThroughWorkflow() {
        noClasses().that().resideInAnyPackage("org.civicthemes.cli..", "org.civicthemes.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.civicthemes.io..", "org.civicthemes.text..",
                        "org.civicthemes.cluster..", "org.civicthemes.sample..", "org.civicthemes.meaning..")
                .because("both faces call the same workflow services, so nothing is computed twice")
                .check(classes);
    }

    @Test
    void onlyTheWorkbenchReadsAnalysesDirectly() {
        noClasses().that().resideInAPackage("org.civicthemes.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.civicthemes.analysis..")
                .because("the command line gets its analyses written by workflow services; the workbench recomputes "
                        + "the same pure functions of analysis on every filter change (decision 0008)")
                .check(classes);
    }

    @Test
    void coreNeverCallsAFace() {
        noClasses().that().resideOutsideOfPackages("org.civicthemes.cli..", "org.civicthemes.ui..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("org.civicthemes.cli..", "org.civicthemes.ui..")
                .because("the faces sit on top of the core, never the other way round")
                .check(classes);
    }

    @Test
    void commandLineDoesNotTouchTheWorkbench() {
        noClasses().that().resideInAPackage("org.civicthemes.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.civicthemes.ui..")
                .because("the command line must run without loading JavaFX")
                .check(classes);
    }
}
