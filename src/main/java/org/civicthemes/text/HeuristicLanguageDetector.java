package org.civicthemes.text;

import java.util.Set;

/**
 * Tells English from Spanish by counting marker words (function words and a few words every 311
 * service uses) and Spanish letters; Vietnamese letters, other scripts and French, Portuguese,
 * Tagalog, Italian or German function words make a text {@link Language#OTHER}. A text without any
 * signal is {@link Language#UNDETERMINED}. About a microsecond per text; see docs/decisions/0004.
 */
final class HeuristicLanguageDetector implements LanguageDetector {

    private static final Set<String> ENGLISH = Set.of(
            "the", "is", "are", "was", "were", "and", "of", "to", "in", "on", "at", "with", "for", "this", "that",
            "there", "it", "its", "it's", "my", "has", "have", "been", "not", "from", "near", "by", "be", "an", "i",
            "you", "we", "they", "he", "she", "our", "their", "will", "would", "can", "please", "thank", "thanks",
            "street", "sidewalk", "trash", "garbage", "pothole", "potholes", "tree", "light", "lights", "car", "cars",
            "parked", "blocking", "dumping", "encampment", "homeless", "tent", "tents", "noise", "broken", "missing",
            "illegal", "abandoned", "vehicle", "person", "people", "sitting", "lying", "sleeping", "needs", "out");
    private static final Set<String> SPANISH = Set.of(
            "el", "la", "los", "las", "de", "del", "en", "y", "que", "es", "está", "esta", "están", "hay", "por",
            "para", "con", "una", "un", "se", "al", "muy", "lo", "su", "sus", "nos", "mi", "desde", "hace", "pero",
            "también", "porque", "cuando", "donde", "gracias", "favor", "calle", "basura", "luz", "bache", "baches",
            "esquina", "acera", "banqueta", "frente", "casa", "carro", "coche", "perro", "agua", "árbol", "arbol",
            "ruido", "vecino", "vecinos", "semáforo", "semaforo", "alumbrado", "poste", "hoyo", "fuga", "roto", "rota",
            "tirada", "tirado", "días", "dias", "semana", "abandonado", "estacionado");
    /** Function words of other languages that residents of US cities write in; none is an English or Spanish word. */
    private static final Set<String> OTHER = Set.of(
            "le", "les", "et", "est", "une", "des", "du", "pas", "je", "avec", "não", "você", "uma", "isso",
            "ng", "mga", "ang", "po", "che", "sono", "der", "und", "ist", "nicht", "ich");

    private static final int EN = 1;
    private static final int ES = 2;
    private static final int OT = 4;
    /** All marker words with their languages as bits: one lookup per token. */
    private static final java.util.Map<String, Integer> MARKERS = markers();
    private static final int LONGEST_MARKER = MARKERS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private final TermNormalizer normalizer = new TermNormalizer();

    @Override
    public Language detect(String text) {
        return detect(Tokenization.tokenize(normalizer.normalize(text)));
    }

    /** Detects from the lower-case NFKC tokens of a text (punctuation tokens included). */
    Language detect(String[] tokens) {
        int english = 0;
        int spanish = 0;
        int other = 0;
        int spanishLetters = 0;
        int latinLetters = 0;
        int otherLetters = 0;
        int vietnamese = 0;
        int ingWords = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            Integer marks = token.length() <= LONGEST_MARKER && Character.isLetter(token.charAt(0)) ? MARKERS.get(token) : null;
            if (marks != null) {
                english += marks & EN;
                spanish += (marks & ES) >> 1;
                other += (marks & OT) >> 2;
            }
            if (token.length() > 5 && token.endsWith("ing")) {
                ingWords++;
            }
            char first = token.charAt(0);
            if (first < 0x80 && token.length() == 1) {
                continue; // punctuation, a digit or a one-letter word: no letters worth counting
            }
            for (int i = 0, n = token.length(); i < n; i++) {
                char c = token.charAt(i);
                if (c < 0x80) {
                    if (c >= 'a' && c <= 'z') {
                        latinLetters++;
                    }
                    continue;
                }
                if (isVietnamese(c)) {
                    vietnamese++;
                } else if ("ñáéíóúü¿¡".indexOf(c) >= 0) {
                    spanishLetters++;
                }
                if (Character.isLetter(c)) {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latinLetters++;
                    } else {
                        otherLetters++;
                    }
                }
            }
        }
        if (otherLetters > latinLetters || vietnamese > 0) {
            return Language.OTHER;
        }
        double englishScore = english + 0.5 * Math.min(ingWords, 2);
        double spanishScore = spanish + 0.5 * Math.min(spanishLetters, 4);
        if (other >= 2 && other > englishScore && other > spanishScore) {
            return Language.OTHER;
        }
        if (englishScore > spanishScore) {
            return Language.ENGLISH;
        }
        if (spanishScore > englishScore) {
            return Language.SPANISH;
        }
        return Language.UNDETERMINED;
    }

    private static java.util.Map<String, Integer> markers() {
        java.util.Map<String, Integer> map = new java.util.HashMap<>();
        ENGLISH.forEach(w -> map.merge(w, EN, (a, b) -> a | b));
        SPANISH.forEach(w -> map.merge(w, ES, (a, b) -> a | b));
        OTHER.forEach(w -> map.merge(w, OT, (a, b) -> a | b));
        return java.util.Map.copyOf(map);
    }

    /** Letters that Vietnamese uses and Spanish never does: ă â đ ê ô ơ ư and the tone-marked vowels. */
    static boolean isVietnamese(char c) {
        return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
                || (c >= '\u1EA0' && c <= '\u1EF9');
    }
}
