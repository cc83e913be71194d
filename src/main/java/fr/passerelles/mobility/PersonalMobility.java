package fr.passerelles.mobility;

/**
 * A person's passerelles: the métier closest to their text (a CV), and its passerelles by degree
 * where the missing competences leave out what the text already evidences — those are listed in
 * each passerelle's {@code evidenced}, with the sentence that evidenced them. Degrees stay the
 * métier's: a sentence is evidence of a competence, not of a whole field.
 *
 * @param closest the métier the text matches best
 * @param matchScore its matching score, in [0, 1]
 */
public record PersonalMobility(MetierRef closest, double matchScore, MobilityArea area) {}
