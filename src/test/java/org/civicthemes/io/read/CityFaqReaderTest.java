package org.civicthemes.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicthemes.model.CityFaq;
import org.civicthemes.model.FaqEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityFaqReaderTest {

    @TempDir
    Path dir;

    private final CityFaqReader reader = new CityFaqReader();

    private CityFaq read(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return reader.read(file);
    }

    @Test
    void readsTheSampleFaqShippedWithTheSampleData() throws Exception {
        CityFaq faq = reader.read(Path.of("sample-data/riverton-faq.txt"));

        assertThat(faq.fileName()).isEqualTo("riverton-faq.txt");
        assertThat(faq.entries()).hasSize(20).allSatisfy(e -> {
            assertThat(e.question()).endsWith("?");
            assertThat(e.hasAnswer()).isTrue();
        });
        assertThat(faq.entries().get(0).question()).isEqualTo("What day is my trash and recycling collected?");
        assertThat(faq.entries().get(0).answer()).startsWith("Collection days depend on your address.");
        assertThat(faq.entries().get(0).line()).isEqualTo(4);
    }

    @Test
    void textBlocksJoinAnswersOverSeveralLinesAndQuestionsWithoutAnswerStay() throws Exception {
        CityFaq faq = read("faq.txt", "# comment\nQ: When is bulk pickup?\nA: Mondays.\nPut items out the night before."
                + "\n\nQuestion: Who trims street trees?\n\nQ: Where do I pay a ticket?\nA: Online.\n");

        assertThat(faq.entries()).containsExactly(
                new FaqEntry("When is bulk pickup?", "Mondays. Put items out the night before.", 2),
                new FaqEntry("Who trims street trees?", "", 6),
                new FaqEntry("Where do I pay a ticket?", "Online.", 8));
    }

    @Test
    void oneQuestionPerLineWithAnswersUnderThemWhenSomeLinesAreNotQuestions() throws Exception {
        assertThat(read("q.txt", "How do I get a new cart?\r\nWhen is trash picked up?\r\n\r\n").entries())
                .extracting(FaqEntry::question, FaqEntry::answer, FaqEntry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("How do I get a new cart?", "", 1),
                        org.assertj.core.groups.Tuple.tuple("When is trash picked up?", "", 2));
        assertThat(read("qa.txt", "How do I get a new cart?\nCall 311.\nIt is free.\nWho trims trees?\nForestry.")
                .entries()).containsExactly(new FaqEntry("How do I get a new cart?", "Call 311. It is free.", 1),
                new FaqEntry("Who trims trees?", "Forestry.", 4));
    }

    @Test
    void anAnswerBeforeAnyQuestionIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> read("bad.txt", "\nA: Mondays.\nQ: When?\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad.txt, line 2: an answer (A:) comes before any question (Q:); put its Q: line above it.");
        assertThatThrownBy(() -> read("bad2.txt", "Intro text\nQ: When?\n"))
                .hasMessageStartingWith("bad2.txt, line 1: text before the first question (Q:)");
    }

    @Test
    void csvFindsTheQuestionAndAnswerColumnsByHeaderWithAnyDelimiter() throws Exception {
        CityFaq comma = read("faq.csv", "Id,Question,Answer\n1,\"How do I pay my bill, online?\",\"Use the portal."
                + "\nOr call 311.\"\n2,Who trims trees?,\n");
        assertThat(comma.entries()).containsExactly(
                new FaqEntry("How do I pay my bill, online?", "Use the portal.\nOr call 311.", 2),
                new FaqEntry("Who trims trees?", "", 4));
        CityFaq semicolon = read("faq2.csv", "Pregunta;Respuesta\n¿Cuándo pasa la basura?;Los lunes\n");
        assertThat(semicolon.entries()).containsExactly(new FaqEntry("¿Cuándo pasa la basura?", "Los lunes", 2));
    }

    @Test
    void csvWithoutAQuestionColumnOrWithAnAnswerAloneIsRefused() {
        assertThatThrownBy(() -> read("t.csv", "Topic,Text\ntrash,Mondays\n")).isInstanceOf(ImportException.class)
                .hasMessage("t.csv, line 1: no question column among the headers Topic, Text; name the column of "
                        + "questions \"Question\" (and the answers \"Answer\").");
        assertThatThrownBy(() -> read("u.csv", "Question,Answer\nWhen?,Monday\n,Tuesday\n"))
                .hasMessageStartingWith("u.csv, line 3: an answer without a question");
    }

    @Test
    void savedWebPageQuestionsFromHeadingsDefinitionsSummariesAndBoldStarts() throws Exception {
        String page = """
                <!DOCTYPE html>
                <html><head><title>FAQ</title><style>h2{color:red}</style></head>
                <body>
                <nav><a href="/">Home</a> <b>Need help?</b></nav>
                <h1>Frequently asked questions</h1>
                <h2>Trash &amp; recycling</h2>
                <h3>When is my trash picked up?</h3>
                <p>Collection days depend on your address.
                <p>Put carts out by 6&nbsp;a.m.
                <dl><dt>Who trims street trees?</dt><dd>The Forestry Division.</dd></dl>
                <details><summary>How do I get a new cart?</summary>Call 311. It&rsquo;s free.</details>
                <p><strong>Is there a fee for bulk pickup?</strong> Four pickups a year are free.</p>
                <p>Questions? Call 311.</p>
                <script>var q = "Is this a question?";</script>
                <footer><b>Still stuck?</b> Write to us.</footer>
                </body></html>
                """;
        CityFaq faq = read("faq.html", page);

        assertThat(faq.entries()).extracting(FaqEntry::question, FaqEntry::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("When is my trash picked up?",
                        "Collection days depend on your address. Put carts out by 6 a.m."),
                org.assertj.core.groups.Tuple.tuple("Who trims street trees?", "The Forestry Division."),
                org.assertj.core.groups.Tuple.tuple("How do I get a new cart?", "Call 311. It’s free."),
                org.assertj.core.groups.Tuple.tuple("Is there a fee for bulk pickup?",
                        "Four pickups a year are free. Questions? Call 311."));
        assertThat(faq.entries().get(0).line()).isEqualTo(7);
    }

    @Test
    void aPageWithoutQuestionsAnUnknownKindAndTextThatIsNotUtf8AreRefusedInOneSentence() throws IOException {
        assertThatThrownBy(() -> read("news.html", "<p>City news</p>")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("news.html holds no question: no heading, <dt>, <summary> or bold line");
        assertThatThrownBy(() -> read("faq.docx", "x")).hasMessageStartingWith("faq.docx is not an FAQ file");
        Path latin1 = dir.resolve("latin.txt");
        Files.write(latin1, "¿Cuándo?".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(latin1)).hasMessageStartingWith("latin.txt is not UTF-8 text");
        assertThatThrownBy(() -> reader.read(dir.resolve("none.txt")))
                .hasMessageStartingWith("The FAQ file").hasMessageEndingWith("does not exist: check the path.");
        assertThatThrownBy(() -> read("empty.txt", "\n# only a comment\n"))
                .hasMessageStartingWith("empty.txt holds no question");
    }
}
