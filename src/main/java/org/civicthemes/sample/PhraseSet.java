package org.civicthemes.sample;

import java.util.List;

/**
 * The wordings of one topic. Templates hold slots in braces ({where}, {item}) that {@link Slots} fills.
 *
 * @param english     main sentences in English
 * @param details     extra English sentences added after the main one
 * @param spanish     whole Spanish requests (may be empty)
 * @param vietnamese  whole Vietnamese requests (may be empty)
 * @param questions   English questions residents ask about this topic (may be empty)
 * @param questionsEs Spanish questions (may be empty)
 * @param oneWord     the terse texts: one or two words
 */
record PhraseSet(List<String> english, List<String> details, List<String> spanish, List<String> vietnamese,
                 List<String> questions, List<String> questionsEs, List<String> oneWord) {

    PhraseSet {
        english = List.copyOf(english);
        details = List.copyOf(details);
        spanish = List.copyOf(spanish);
        vietnamese = List.copyOf(vietnamese);
        questions = List.copyOf(questions);
        questionsEs = List.copyOf(questionsEs);
        oneWord = List.copyOf(oneWord);
        if (english.isEmpty() || oneWord.isEmpty()) {
            throw new IllegalArgumentException("a topic needs English sentences and one-word texts");
        }
    }

    boolean has(Language language) {
        switch (language) {
            case SPANISH: return !spanish.isEmpty();
            case VIETNAMESE: return !vietnamese.isEmpty();
            default: return true;
        }
    }
}
