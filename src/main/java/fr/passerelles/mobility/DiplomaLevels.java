package fr.passerelles.mobility;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certification levels (3 = CAP … 8 = doctorat, the French national scale the sheets use) a
 * sentence of a sheet names: "Bac à Bac + 2 ans" → 4 to 5, "BEP/CAP … minimum, Bac professionnel
 * souhaité" → 3 to 4, ROME's "accessible avec un Diplôme d'État de docteur en médecine" → 8. Pure.
 */
final class DiplomaLevels {
  /** Level patterns, most specific first; a span matched by one is not matched again. */
  private static final List<Entry> PATTERNS = List.of(
      new Entry(8, "doctorat|docteur en medecine|docteur en pharmacie"),
      new Entry(7, "bac\\s*\\+\\s*[5-8]|master|diplome d'ingenieur|ecole d'ingenieurs?|ecole de commerce|"
          + "ecole superieure de commerce|diplome d'etat de psychologue|dscg|cafdes|mastere|"
          + "diplome d'etat de sage-femme"),
      new Entry(6, "bac\\s*\\+\\s*[34]|licence|bachelor|(?<!le )\\bbut\\b|diplome d'etat d'infirmier|diplome d'etat d'assistant de service social|dcg|\\bdesjeps\\b|"
          + "diplome d'etat (de psychomotricien|d'ergotherapeute|d'educateur specialise|d'educateur de jeunes enfants)"),
      new Entry(5, "bac\\s*\\+\\s*2|\\bbts\\b|\\bdut\\b|\\bdeust\\b|\\bdarm\\b|diplome d'assistant de regulation medicale|brevet de technicien superieur|\\bdejeps\\b"),
      new Entry(4, "\\bbac\\b|baccalaureat|brevet professionnel|\\bbp\\b|brevet de technicien\\b|\\bbpjeps\\b|"
          + "diplome d'etat (d'aide-soignant|d'auxiliaire de puericulture|de moniteur educateur|de technicien (d'|de l')intervention sociale)"),
      new Entry(3, "\\bcap\\b|\\bbep\\b|\\bcapa\\b|\\bmc\\b"));

  private record Entry(int level, Pattern pattern) {
    Entry(int level, String regex) {
      this(level, Pattern.compile(regex));
    }
  }

  /**
   * A sentence that opens the job without a diploma ("accessible sans diplôme ni expérience", "sans
   * qualification particulière"), not one that waives a specific diploma for another way in ("sans
   * diplôme spécifique, mais avec une expérience ou une qualification") nor a negation ("ne peut
   * s'exercer sans qualification").
   */
  private static final Pattern NO_DIPLOMA = Pattern.compile(
      "(?<!exercer )sans (aucun )?(diplome|qualification|certification|condition de diplome)(?! specifique,? (comme|mais avec))"
      + "|aucun diplome n'est");

  /**
   * Titles the law reserves to holders of a given diploma (Code de la santé publique, loi 85-772 for
   * psychologue, Code de l'action sociale): the level their diploma sits at. The specialist sub-sheets
   * of 0104 name the profession, not the diploma.
   */
  private static final List<Entry> PROTECTED_TITLES = List.of(
      new Entry(8, "\\bmedecin"),
      new Entry(7, "\\bpsychologue"),
      new Entry(6, "\\binfirmier|assistant\\(?e?\\)? social|assistante sociale"),
      new Entry(5, "\\bdieteticien"));

  /** The lowest and highest level a text names. */
  record Range(int min, int max) {}

  private DiplomaLevels() {}

  /** The levels {@code text} names, empty when it names none. */
  static Optional<Range> of(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder(fold(text));
    List<Integer> found = new ArrayList<>();
    for (Entry e : PATTERNS) {
      Matcher m = e.pattern().matcher(s);
      while (m.find()) {
        found.add(e.level());
        for (int i = m.start(); i < m.end(); i++) {
          s.setCharAt(i, ' '); // "Bac+2" is not also a "Bac"
        }
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Range(found.stream().min(Integer::compare).get(), found.stream().max(Integer::compare).get()));
  }

  /** Whether {@code text} says the job is open without a diploma. */
  static boolean noDiploma(String text) {
    return text != null && NO_DIPLOMA.matcher(fold(text)).find();
  }

  /** The level of the diploma a protected title ({@code "Psychologue"} → 7) requires, empty for any other title. */
  static Optional<Integer> protectedTitle(String title) {
    String t = fold(title);
    return PROTECTED_TITLES.stream().filter(e -> e.pattern().matcher(t).find()).map(Entry::level).findFirst();
  }

  /** Lower case, accents and typographic apostrophes folded. */
  static String fold(String text) {
    String n = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.replace('\u2019', '\'').replace("''", "'");
  }
}
