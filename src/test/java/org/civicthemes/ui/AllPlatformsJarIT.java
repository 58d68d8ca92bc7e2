package org.civicthemes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one jar opens the window on every system Java 17+ runs on that JavaFX 21 supports here: it holds JavaFX's
 * window toolkit and libraries for Windows x64, macOS x64 and aarch64 and Linux x64, and ONNX Runtime's for each.
 */
class AllPlatformsJarIT {

    private static Path jar;
    private static Set<String> entries;

    @BeforeAll
    static void readTheJar() throws Exception {
        jar = Path.of(System.getProperty("civicthemes.jar", "target/civic-themes.jar"));
        assertThat(jar).as("the jar built by mvn package").isRegularFile();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
    }

    @Test
    void holdsJavaFxForWindows() throws Exception {
        assertThat(entries).contains("glass.dll", "prism_d3d.dll", "javafx_font.dll", "msvcp140.dll",
                "com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class");
        assertThat(peMachine("glass.dll")).as("x64").isEqualTo(0x8664);
    }

    @Test
    void holdsJavaFxForLinux() {
        assertThat(entries).contains("libglass.so", "libglassgtk3.so", "libprism_es2.so",
                "com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/prism/es2/ES2Pipeline.class");
    }

    @Test
    void holdsJavaFxForBothKindsOfMacEachInItsOwnFolder() throws Exception {
        assertThat(entries).contains("com/sun/glass/ui/mac/MacApplication.class");
        assertThat(entries).as("no Mac library at the root, where one architecture would be loaded on the other")
                .noneMatch(e -> !e.contains("/") && e.endsWith(".dylib"));
        for (String library : MacNatives.LIBRARIES) {
            assertThat(machOCpu("org/civicthemes/ui/natives/mac-x64/" + library)).as(library).isEqualTo(0x01000007);
            assertThat(machOCpu("org/civicthemes/ui/natives/mac-aarch64/" + library)).as(library)
                    .isEqualTo(0x0100000C);
        }
    }

    @Test
    void holdsOnnxRuntimeForEverySystemAndNoSmile() {
        for (String platform : new String[] {"win-x64", "linux-x64", "osx-x64", "osx-aarch64"}) {
            assertThat(entries).as(platform).anyMatch(e -> e.startsWith("ai/onnxruntime/native/" + platform + "/")
                    && (e.endsWith(".dll") || e.endsWith(".so") || e.endsWith(".dylib")));
        }
        assertThat(entries).as("Smile is test-only").noneMatch(e -> e.startsWith("smile/"));
    }

    @Test
    void saysHowLargeItIs() throws Exception {
        long size = Files.size(jar);
        System.out.printf("civic-themes.jar: %,d bytes (%.1f MB)%n", size, size / 1e6);
        assertThat(size).as("the jar, with JavaFX for four platforms").isLessThan(200_000_000L);
    }

    private static byte[] head(String entry, int bytes) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return in.readNBytes(bytes);
        }
    }

    private static int machOCpu(String entry) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(head(entry, 8)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).as("Mach-O 64-bit magic of %s", entry).isEqualTo(0xFEEDFACF);
        return b.getInt(4);
    }

    /** The machine field of a Windows DLL's PE header. */
    private static int peMachine(String entry) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(head(entry, 4096)).order(ByteOrder.LITTLE_ENDIAN);
        int pe = b.getInt(0x3C);
        assertThat(b.getInt(pe)).as("PE signature of %s", entry).isEqualTo(0x00004550);
        return b.getShort(pe + 4) & 0xFFFF;
    }
}
