package org.civicthemes.workflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The libraries of this build and their licences: {@code libraries.txt} is written by the build (the runtime
 * dependencies with their versions, maven-dependency-plugin's list goal), {@code licences.tsv} is kept by hand
 * beside the code. A library of the build without a licence line is shown as "licence not recorded" (and fails
 * LibrariesTest, so it never ships that way).
 */
public final class Libraries {

    static final String NOT_RECORDED = "licence not recorded";

    private Libraries() {
    }

    /** Every library this build runs with, sorted by name; empty when run from classes built without Maven. */
    public static List<Library> ofThisBuild() {
        Map<String, String[]> licences = licences();
        List<Library> libraries = new ArrayList<>();
        for (Map.Entry<String, String> e : versions().entrySet()) {
            String[] known = licences.get(e.getKey());
            libraries.add(new Library(e.getKey(), known == null ? e.getKey() : known[0], e.getValue(),
                    known == null ? NOT_RECORDED : known[1]));
        }
        libraries.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return List.copyOf(libraries);
    }

    /** groupId:artifactId to version, from the build's list ("group:artifact:jar[:classifier]:version"). */
    static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String line : lines("libraries.txt")) {
            // "   group:artifact:jar[:classifier]:version -- module name [auto]", maybe with terminal colours
            String plain = line.replaceAll("\u001B\\[[;\\d]*m", "").trim();
            String coordinates = plain.split("\\s+", 2)[0];
            String[] parts = coordinates.split(":");
            if (parts.length >= 4) {
                versions.putIfAbsent(parts[0] + ":" + parts[1], parts[parts.length - 1]);
            }
        }
        return versions;
    }

    /** groupId:artifactId to {name, licence}. */
    static Map<String, String[]> licences() {
        Map<String, String[]> licences = new LinkedHashMap<>();
        for (String line : lines("licences.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                throw new IllegalStateException("licences.tsv: expected id, name and licence separated by tabs in '"
                        + line + "'");
            }
            licences.put(parts[0], new String[] {parts[1], parts[2]});
        }
        return licences;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Libraries.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " inside CivicThemes cannot be read", e);
        }
    }
}
