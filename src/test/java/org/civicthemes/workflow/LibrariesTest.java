package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help > About lists every library of the build with its version and licence, and nothing else. */
class LibrariesTest {

    @Test
    void everyLibraryOfTheBuildHasItsLicenceRecorded() {
        Map<String, String> built = Libraries.versions();
        assertThat(built).as("libraries.txt, written by the build").containsKeys("org.openjfx:javafx-graphics",
                "org.apache.poi:poi", "com.microsoft.onnxruntime:onnxruntime", "info.picocli:picocli");

        assertThat(Libraries.licences().keySet()).as("licences.tsv, to be completed for a new library")
                .containsAll(built.keySet());
        assertThat(Libraries.ofThisBuild()).extracting(Library::licence).doesNotContain(Libraries.NOT_RECORDED);
    }

    @Test
    void noLicenceLineOutlivesItsLibrary() {
        assertThat(Libraries.versions().keySet()).as("a library removed from the build leaves licences.tsv too")
                .containsAll(Libraries.licences().keySet());
    }

    @Test
    void versionsAreThoseOfTheBuildAndSmileIsNotShipped() {
        List<Library> libraries = Libraries.ofThisBuild();
        assertThat(libraries).filteredOn(l -> l.id().equals("info.picocli:picocli")).singleElement()
                .extracting(Library::version).isEqualTo("4.7.7");
        assertThat(libraries).filteredOn(l -> l.id().equals("org.openjfx:javafx-controls")).singleElement()
                .extracting(Library::licence).asString().contains("Classpath-exception");
        assertThat(libraries).extracting(Library::id).noneMatch(id -> id.startsWith("com.github.haifengl"));
    }
}
