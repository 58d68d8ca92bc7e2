package org.civicthemes.text;

import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Cuts normalized text into tokens with OpenNLP's {@link SimpleTokenizer}: runs of letters, of digits and
 * single punctuation characters. Stateless and thread-safe. The maxent English tokenizer model was measured
 * and is not used (see docs/decisions/0004-language-detection.md, "Tokenizer").
 */
final class Tokenization {

    private Tokenization() {
    }

    static String[] tokenize(String normalized) {
        return SimpleTokenizer.INSTANCE.tokenize(normalized);
    }

    /** True for tokens that can be terms: at least two letters (drops punctuation, pure numbers, "a", "s"). */
    static boolean isWordLike(String token) {
        int n = token.length();
        if (n < 2 || n > 40) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < n; i++) {
            if (Character.isLetter(token.charAt(i)) && ++letters >= 2) {
                return true;
            }
        }
        return false;
    }
}
