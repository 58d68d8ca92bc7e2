package org.civicthemes.sample;

/**
 * A written request text and what went into it.
 *
 * @param text     what the resident wrote, possibly empty
 * @param template the main template it was written from (a near-duplicate may reuse it), empty if none
 * @param question true when it is one of the recurring questions
 * @param phone    true when it holds a phone number
 * @param email    true when it holds an e-mail address
 */
record Description(String text, String template, boolean question, boolean phone, boolean email) {

    static final Description EMPTY = new Description("", "", false, false, false);
}
