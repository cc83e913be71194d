package fr.passerelles.search;

import fr.passerelles.index.SheetType;
import java.util.Objects;

/**
 * A recruiter's search.
 *
 * @param text the query, in French (analyzed with the engine's query analyzer, synonyms included)
 * @param scope which items to search
 * @param type only items of branch sheets, or of ROME sheets; null for both
 * @param family only items of a sheet of this family (branch code {@code 01} or ROME letter
 *     {@code K}); null for all
 * @param kind only competences of this kind ({@code savoir-faire}, {@code savoir-etre},
 *     {@code savoir}, {@code langue}); null for all. Activities have no kind.
 */
public record SkillQuery(String text, Scope scope, SheetType type, String family, String kind) {
  public SkillQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(scope, "scope");
  }

  /** Competences only; the usual search. */
  public static SkillQuery competences(String text) {
    return new SkillQuery(text, Scope.COMPETENCES, null, null, null);
  }

  public SkillQuery withScope(Scope s) {
    return new SkillQuery(text, s, type, family, kind);
  }

  public SkillQuery withType(SheetType t) {
    return new SkillQuery(text, scope, t, family, kind);
  }

  public SkillQuery withFamily(String f) {
    return new SkillQuery(text, scope, type, f, kind);
  }

  public SkillQuery withKind(String k) {
    return new SkillQuery(text, scope, type, family, k);
  }

  /** Which items a search reads. */
  public enum Scope {
    COMPETENCES,
    ACTIVITIES,
    /** both, ranked together (one BM25 over the two indexes) */
    ALL
  }
}
