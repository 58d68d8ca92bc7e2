package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a Mac, JavaFX is handed the libraries of the Mac's own processor; elsewhere nothing changes. */
class MacNativesTest {

    private static final int CPU_X86_64 = 0x01000007;
    private static final int CPU_ARM64 = 0x0100000C;

    private String libraryPath;

    @BeforeEach
    void remember() {
        libraryPath = System.getProperty("java.library.path");
    }

    @AfterEach
    void restore() {
        System.setProperty("java.library.path", libraryPath);
    }

    @Test
    void anAppleSiliconMacGetsTheArm64LibrariesFirstOnTheLibraryPath(@TempDir Path cache) throws Exception {
        Path folder = MacNatives.prepare("Mac OS X", "aarch64", cache).orElseThrow();

        assertThat(System.getProperty("java.library.path")).startsWith(folder + File.pathSeparator);
        for (String library : MacNatives.LIBRARIES) {
            assertThat(cpuOf(folder.resolve(library))).as(library).isEqualTo(CPU_ARM64);
        }
    }

    @Test
    void anIntelMacGetsTheX64LibrariesAndACopyIsRefreshedWhenItDiffers(@TempDir Path cache) throws Exception {
        Path folder = MacNatives.prepare("Mac OS X", "x86_64", cache).orElseThrow();
        Files.writeString(folder.resolve("libglass.dylib"), "a damaged copy");

        MacNatives.prepare("Mac OS X", "x86_64", cache);

        assertThat(cpuOf(folder.resolve("libglass.dylib"))).isEqualTo(CPU_X86_64);
        assertThat(cpuOf(folder.resolve("libprism_es2.dylib"))).isEqualTo(CPU_X86_64);
        assertThat(folder.getFileName().toString()).isEqualTo("mac-x64");
    }

    @Test
    void windowsAndLinuxAreLeftAlone(@TempDir Path cache) throws Exception {
        assertThat(MacNatives.prepare("Windows 11", "amd64", cache)).isEqualTo(Optional.empty());
        assertThat(MacNatives.prepare("Linux", "amd64", cache)).isEqualTo(Optional.empty());
        assertThat(System.getProperty("java.library.path")).isEqualTo(libraryPath);
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    /** The processor of a 64-bit Mach-O library (magic 0xFEEDFACF, little-endian, then the CPU type). */
    static int cpuOf(Path library) throws Exception {
        byte[] head = new byte[8];
        try (var in = Files.newInputStream(library)) {
            assertThat(in.readNBytes(head, 0, 8)).isEqualTo(8);
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).as("Mach-O 64-bit magic of %s", library).isEqualTo(0xFEEDFACF);
        return b.getInt(4);
    }
}
