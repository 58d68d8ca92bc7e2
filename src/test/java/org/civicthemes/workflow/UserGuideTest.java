package org.civicthemes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > User guide: the bundled guide becomes HTML pages that open offline, with every picture and link. */
class UserGuideTest {

    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"");

    @Test
    void everyPageIsWrittenWithItsScreenshotsAndLinksThatWorkOffline(@TempDir Path dir) throws Exception {
        Path page = UserGuide.writeTo(dir);

        assertThat(page.getFileName().toString()).isEqualTo("user-guide.html");
        String html = Files.readString(page);
        assertThat(html).contains("<h1 id=\"civicthemes-user-guide\">CivicThemes user guide</h1>")
                .contains("<h2 id=\"1-open-an-export\">");
        int images = 0;
        for (Matcher m = IMAGE.matcher(html); m.find(); images++) {
            assertThat(dir.resolve(m.group(1))).as("picture %s", m.group(1)).isRegularFile();
        }
        assertThat(images).isGreaterThan(10);
        for (String name : UserGuide.PAGES) {
            String each = Files.readString(dir.resolve(UserGuide.htmlName(name)));
            for (Matcher m = LINK.matcher(each); m.find(); ) {
                String href = m.group(1);
                assertThat(href).as("a link of %s", name).doesNotContain(".md");
                if (!href.contains(":") && !href.startsWith("#")) {
                    assertThat(dir.resolve(href.replaceFirst("#.*", ""))).as("%s in %s", href, name).isRegularFile();
                }
            }
        }
        assertThat(html).contains("href=\"codebook.html\"").contains("href=\"time-views.html#change\"");
    }
}
