package org.civicthemes.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide that comes inside CivicThemes (docs/user-guide.md and the pages it links to, with their
 * screenshots), written out as HTML pages for the system's browser: it opens offline. Links between
 * the bundled pages point to their HTML; links to pages that are not bundled (design decisions, benchmarks) are
 * kept as text.
 */
public final class UserGuide {

    /** The bundled pages; the first is the guide itself. */
    static final List<String> PAGES = List.of("user-guide.md", "time-views.md", "codebook.md");

    private static final String STYLE = "body{font-family:system-ui,'Segoe UI',Helvetica,Arial,sans-serif;"
            + "max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
            + "img{max-width:100%;border:1px solid #ccc}code{background:#f3f3f3;padding:0 .2em}"
            + "pre{background:#f3f3f3;padding:.5em;overflow:auto}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            HeadingAnchorExtension.create());

    private UserGuide() {
    }

    /**
     * Writes the guide's pages and their screenshots into {@code folder} (replacing an older copy).
     *
     * @return the guide's first page
     */
    public static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("screenshots"));
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
        for (String page : PAGES) {
            Node document = parser.parse(read(page));
            Set<String> images = new LinkedHashSet<>();
            document.accept(new LocalLinks(images));
            for (String image : images) {
                copy(image, folder.resolve(image));
            }
            String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>CivicThemes "
                    + BuildInfo.version() + ": " + page.replace(".md", "") + "</title><style>" + STYLE
                    + "</style></head><body>\n" + renderer.render(document) + "</body></html>\n";
            Files.writeString(folder.resolve(htmlName(page)), html, StandardCharsets.UTF_8);
        }
        return folder.resolve(htmlName(PAGES.get(0)));
    }

    static String htmlName(String page) {
        return page.replaceFirst("\\.md$", ".html");
    }

    private static String read(String page) throws IOException {
        try (InputStream in = open(page)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        if (resource.contains("..") || resource.startsWith("/")) {
            return;
        }
        try (InputStream in = UserGuide.class.getResourceAsStream("guide/" + resource)) {
            if (in != null) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static InputStream open(String page) throws IOException {
        InputStream in = UserGuide.class.getResourceAsStream("guide/" + page);
        if (in == null) {
            throw new IOException("The user guide page " + page + " is missing from this build of CivicThemes.");
        }
        return in;
    }

    /** Points links to bundled pages at their HTML, unlinks the others, and collects the images to copy. */
    private static final class LocalLinks extends AbstractVisitor {

        private final Set<String> images;

        LocalLinks(Set<String> images) {
            this.images = images;
        }

        @Override
        public void visit(Image image) {
            String src = image.getDestination();
            if (!src.contains(":")) {
                images.add(src);
            }
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            String href = link.getDestination();
            String target = href.replaceFirst("#.*$", "");
            if (target.endsWith(".md")) {
                if (PAGES.contains(target)) {
                    link.setDestination(htmlName(target) + href.substring(target.length()));
                } else {
                    unlink(link);
                    return;
                }
            }
            visitChildren(link);
        }

        private static void unlink(Link link) {
            List<Node> children = new ArrayList<>();
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (Node child : children) {
                link.insertBefore(child);
            }
            link.unlink();
        }
    }
}
