package org.civicthemes.model;

import java.util.Objects;

/**
 * One entry of the city's own FAQ: a question it already answers, with its answer when the file gives one.
 *
 * @param question the question as the FAQ words it
 * @param answer   its answer, empty when the file lists questions only
 * @param line     the line of the file the question is on (from 1), to point the analyst to it
 */
public record FaqEntry(String question, String answer, int line) {

    public FaqEntry {
        question = Objects.requireNonNull(question, "question").strip();
        answer = answer == null ? "" : answer.strip();
        if (question.isEmpty()) {
            throw new IllegalArgumentException("An FAQ entry needs a question (line " + line + ")");
        }
    }

    /** Whether the file gave an answer. */
    public boolean hasAnswer() {
        return !answer.isEmpty();
    }
}
