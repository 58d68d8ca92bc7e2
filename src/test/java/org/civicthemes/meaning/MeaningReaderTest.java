package org.civicthemes.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicthemes.progress.CancellationSource;
import org.civicthemes.progress.CancellationToken;
import org.civicthemes.progress.CancelledException;
import org.civicthemes.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model read through {@link MeaningReader}: meaning, determinism, the cache and its failures. */
class MeaningReaderTest {

    private static final MiniLmModel MODEL = new MiniLmModel();
    private static final List<String> TEXTS = List.of(
            "The light on my street is out",
            "streetlight dark at night, pole 3 on the corner",
            "Broken window at the back of the vacant house",
            "Traffic signal broken at the intersection, all lights flashing red",
            "Pothole in the right lane is getting deeper every day",
            "Large hole in the road damaged my tire",
            "Trash bags piled up by the curb, missed pickup on Tuesday",
            "My recycling was not collected this week",
            "The light on my street is out");

    @TempDir
    Path cacheFolder;

    private MeaningReader reader(SentenceModel model, int threads) {
        return new MeaningReader(model, new VectorCache(cacheFolder, model.id(), model.dimensions(), 1 << 20), null,
                threads);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void textsAboutTheSameProblemAreCloserThanTextsSharingAWord() {
        float[][] v = reader(MODEL, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(cosine(v[0], v[1])).as("street light out / streetlight dark").isGreaterThan(cosine(v[0], v[2]));
        assertThat(cosine(v[4], v[5])).as("pothole / hole in the road").isGreaterThan(cosine(v[4], v[7]));
        assertThat(cosine(v[2], v[3])).as("broken window / broken signal share a word, not a problem")
                .isLessThan(cosine(v[6], v[7]));
        assertThat(cosine(v[0], v[0])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(v[8]).isEqualTo(v[0]);
    }

    @Test
    void oneThreadAndTwoGiveTheSameBytes() {
        float[][] one = reader(MODEL, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        float[][] two = new MeaningReader(MODEL, null, null, 2).read(TEXTS, ProgressListener.NONE,
                CancellationToken.NEVER);
        for (int i = 0; i < one.length; i++) {
            assertThat(two[i]).as("text %d", i).containsExactly(one[i]);
        }
    }

    @Test
    void aSecondReadComesFromTheCacheWithoutTheModelAndGivesTheSameVectors() {
        CountingModel counting = new CountingModel(MODEL);
        float[][] first = reader(counting, 2).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(counting.encoded.get()).as("each distinct text once").isEqualTo(8);
        float[][] second = reader(new RefusingModel(MODEL), 1).read(TEXTS, ProgressListener.NONE,
                CancellationToken.NEVER);
        for (int i = 0; i < first.length; i++) {
            assertThat(second[i]).containsExactly(first[i]);
        }
    }

    @Test
    void onlyNewTextsAreEncodedWhenTheCacheHoldsTheOthers() {
        reader(MODEL, 1).read(TEXTS.subList(0, 4), ProgressListener.NONE, CancellationToken.NEVER);
        CountingModel counting = new CountingModel(MODEL);
        reader(counting, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(counting.encoded.get()).isEqualTo(4);
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndRebuilt() throws IOException {
        float[][] fresh = reader(MODEL, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        Path file = new VectorCache(cacheFolder, MODEL.id(), MODEL.dimensions(), 1 << 20).file();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        CountingModel counting = new CountingModel(MODEL);
        float[][] again = reader(counting, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(counting.encoded.get()).as("all read again").isEqualTo(8);
        for (int i = 0; i < fresh.length; i++) {
            assertThat(again[i]).containsExactly(fresh[i]);
        }
        CountingModel third = new CountingModel(MODEL);
        reader(third, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(third.encoded.get()).as("the rebuilt cache serves them").isZero();
    }

    @Test
    void aCacheFileCutInsideARecordKeepsItsWholeRecords() throws IOException {
        reader(MODEL, 1).read(TEXTS.subList(0, 3), ProgressListener.NONE, CancellationToken.NEVER);
        Path file = new VectorCache(cacheFolder, MODEL.id(), MODEL.dimensions(), 1 << 20).file();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        CountingModel counting = new CountingModel(MODEL);
        reader(counting, 1).read(TEXTS.subList(0, 3), ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(counting.encoded.get()).as("only the cut record").isEqualTo(1);
        CountingModel after = new CountingModel(MODEL);
        reader(after, 1).read(TEXTS.subList(0, 3), ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(after.encoded.get()).isZero();
    }

    @Test
    void theCacheHoldsNoText() throws IOException {
        reader(MODEL, 1).read(TEXTS, ProgressListener.NONE, CancellationToken.NEVER);
        String content = new String(Files.readAllBytes(
                new VectorCache(cacheFolder, MODEL.id(), MODEL.dimensions(), 1 << 20).file()),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String word : List.of("light", "street", "Pothole", "recycling")) {
            assertThat(content).doesNotContain(word);
        }
    }

    @Test
    void theCacheStaysWithinItsBound() throws IOException {
        int record = VectorFile.recordBytes(MODEL.dimensions());
        long bound = VectorFile.header(MODEL.id(), MODEL.dimensions()).length + 5L * record;
        MeaningReader small = new MeaningReader(MODEL, new VectorCache(cacheFolder, MODEL.id(), MODEL.dimensions(),
                bound), null, 1);
        small.read(TEXTS.subList(0, 4), ProgressListener.NONE, CancellationToken.NEVER);
        small.read(TEXTS.subList(4, 7), ProgressListener.NONE, CancellationToken.NEVER);
        Path file = new VectorCache(cacheFolder, MODEL.id(), MODEL.dimensions(), bound).file();
        assertThat(Files.size(file)).isLessThanOrEqualTo(bound);
        CountingModel counting = new CountingModel(MODEL);
        new MeaningReader(counting, new VectorCache(cacheFolder, MODEL.id(), MODEL.dimensions(), bound), null, 1)
                .read(TEXTS.subList(4, 7), ProgressListener.NONE, CancellationToken.NEVER);
        assertThat(counting.encoded.get()).as("the latest run's vectors were kept").isZero();
    }

    @Test
    void progressCountsTheTextsReadAndCancelStops() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("Request number " + i + " about a broken street light");
        }
        List<Long> done = new ArrayList<>();
        new MeaningReader(MODEL, null, null, 1).read(texts, (step, d, total) -> {
            assertThat(step).isEqualTo(MeaningReader.STEP);
            assertThat(total).isEqualTo(200);
            done.add(d);
        }, CancellationToken.NEVER);
        assertThat(done).first().isEqualTo(0L);
        assertThat(done).last().isEqualTo(200L);
        CancellationSource cancel = new CancellationSource();
        assertThatThrownBy(() -> new MeaningReader(MODEL, null, null, 2).read(texts, (step, d, total) -> {
            if (d >= 64) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(CancelledException.class);
    }

    @Test
    void theTokenizersLibraryIsToldNotToCallHomeAndToUnpackIntoOurCache() {
        new MiniLmModel().newEncoder().close();
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(System.getProperty("DJL_CACHE_DIR")).endsWith("native");
    }

    @Test
    void aModelThatCannotLoadSaysSoInOneSentence() {
        SentenceModel broken = new RefusingModel(MODEL);
        assertThatThrownBy(() -> new MeaningReader(broken, null, null, 2).read(TEXTS, ProgressListener.NONE,
                CancellationToken.NEVER)).isInstanceOf(MeaningUnavailableException.class)
                .hasMessageNotContaining("\n");
    }

    /** Another model's identity, so tests can change how its encoders behave. */
    abstract static class WrappedModel implements SentenceModel {
        final SentenceModel inner;

        WrappedModel(SentenceModel inner) {
            this.inner = inner;
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }
    }

    /** Counts the texts its encoders encode. */
    static final class CountingModel extends WrappedModel {
        final AtomicInteger encoded = new AtomicInteger();

        CountingModel(SentenceModel inner) {
            super(inner);
        }

        @Override
        public SentenceEncoder newEncoder() {
            SentenceEncoder encoder = inner.newEncoder();
            return new SentenceEncoder() {
                @Override
                public float[] encode(String text) {
                    encoded.incrementAndGet();
                    return encoder.encode(text);
                }

                @Override
                public void close() {
                    encoder.close();
                }
            };
        }
    }

    /** A model whose native code does not load. */
    static final class RefusingModel extends WrappedModel {

        RefusingModel(SentenceModel inner) {
            super(inner);
        }

        @Override
        public SentenceEncoder newEncoder() {
            throw new MeaningUnavailableException("The sentence model could not be loaded here (UnsatisfiedLinkError)",
                    new UnsatisfiedLinkError("no onnxruntime in java.library.path"));
        }
    }
}
