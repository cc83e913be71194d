package fr.passerelles.nlp;

/**
 * A word or punctuation mark of the user's text.
 *
 * @param start offset of the first char in the original text
 * @param end offset after the last char in the original text
 * @param form what the tagger sees: the covered text in NFC with typographic apostrophes made
 *     straight and gender markers removed ({@code chargé(e)s} → {@code chargés}), so it may differ
 *     from {@code text.substring(start, end)}
 */
record Token(int start, int end, String form) {}
