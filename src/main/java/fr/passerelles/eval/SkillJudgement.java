package fr.passerelles.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A recruiter's skill query and how its relevance was judged: an item states the skill when its
 * text, folded ({@link #fold}), matches every concept pattern and no excluded one. Each concept is
 * a reviewed alternation of word forms ("g[eé]r|gestion" for gestion), so an item says the skill
 * whatever form it uses, and a query of several concepts needs them all (strict relevance).
 *
 * @param query the query as a recruiter would type it
 * @param source where it comes from: {@code issue}, {@code macro:OGR}, {@code objectif:CODE} (ROME
 *     competence tree) or {@code branch:ITEM_ID}
 * @param concepts one pattern per concept, over folded text
 * @param exclude a pattern that makes an item off topic even when the concepts match; null for none
 */
public record SkillJudgement(String query, String source, List<Pattern> concepts, Pattern exclude) {
  public SkillJudgement {
    concepts = List.copyOf(concepts);
    if (concepts.isEmpty()) {
      throw new IllegalArgumentException("no concept for " + query);
    }
  }

  /** Whether an item's text states the skill. */
  public boolean relevant(String itemText) {
    return relevantFolded(fold(itemText));
  }

  /** {@link #relevant} on a text already {@link #fold folded} (the evaluation folds each item once). */
  public boolean relevantFolded(String folded) {
    if (exclude != null && exclude.matcher(folded).find()) {
      return false;
    }
    return concepts.stream().allMatch(c -> c.matcher(folded).find());
  }

  /** Lower case, no accents, œ → oe, every non-letter a space (patterns are written on this). */
  public static String fold(String text) {
    String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"),
        Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return " " + s.replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip() + " ";
  }
}
