package fr.passerelles.rome;

import java.util.Arrays;
import java.util.Optional;

/**
 * An item a ROME sheet can require: a savoir-faire, a savoir-être professionnel or a savoir.
 *
 * <p>Where they come from:
 *
 * <ul>
 *   <li>{@code unix_referentiel_competence} holds the savoir-faire and savoir-être items at two
 *       levels ({@code nature}): 17,810 {@code Compétence} rows, each under a macro-compétence
 *       ({@code code_ogr_macro_comp}), and 507 {@code Macro-compétence} rows, each with its
 *       functional code ({@code code_macro_comp}, e.g. {@code 3B216}) placing it in the {@link
 *       CompetenceTree}. {@code cat_comp} gives the kind: all 17,810 competences and 491 macros are
 *       {@code Savoir-faire}; 16 macros (objectif 6D1, no competences below them) are {@code
 *       Savoir-être professionnel}. Sheets link to both levels, so both are items here; a macro is
 *       its own macro ({@link #isMacro()}).
 *   <li>{@code unix_referentiel_savoir} holds the 15,354 savoirs (knowledge), with a category and
 *       subcategory but no macro: {@code macroOgr} is 0 and {@code macroCode} is empty.
 * </ul>
 *
 * @param ogr the item's {@code code_ogr}
 * @param label cleaned label
 * @param kind savoir-faire, savoir-être or savoir
 * @param macroOgr the macro-compétence's {@code code_ogr}; the item's own for a macro; 0 for a savoir
 * @param macroCode the macro-compétence's functional code (e.g. {@code "1A101"}); "" for a savoir
 * @param category {@code sous_cat_comp} (Technique, Technique expert, Transverse) for competences,
 *     {@code categorie_savoir} for savoirs
 * @param subcategory {@code sous_categorie_savoir} for savoirs, "" for competences
 */
public record RomeCompetence(
    int ogr, String label, Kind kind, int macroOgr, String macroCode, String category, String subcategory) {

  /** The three competence rubriques of a ROME 4.0 sheet (bloc 5 of {@code unix_composition_bloc}). */
  public enum Kind {
    /** Rubrique 1, "Savoir-faire"; {@code cat_comp} = "Savoir-faire". */
    SAVOIR_FAIRE(1, "Savoir-faire"),
    /** Rubrique 2, "Savoir-être professionnels"; {@code cat_comp} = "Savoir-être professionnel". */
    SAVOIR_ETRE(2, "Savoir-être professionnel"),
    /** Rubrique 3, "Savoirs"; items of {@code unix_referentiel_savoir}. */
    SAVOIR(3, "");

    private final int rubrique;
    private final String catComp;

    Kind(int rubrique, String catComp) {
      this.rubrique = rubrique;
      this.catComp = catComp;
    }

    /** {@code code_rubrique} in {@code unix_liens_rome_referentiels} and {@code unix_item}. */
    public int rubrique() {
      return rubrique;
    }

    static Optional<Kind> ofRubrique(int rubrique) {
      return Arrays.stream(values()).filter(k -> k.rubrique == rubrique).findFirst();
    }

    static Optional<Kind> ofCatComp(String catComp) {
      return Arrays.stream(values()).filter(k -> !k.catComp.isEmpty() && k.catComp.equals(catComp)).findFirst();
    }
  }

  /** True for a macro-compétence row (sheets link to those directly too). */
  public boolean isMacro() {
    return kind != Kind.SAVOIR && ogr == macroOgr;
  }
}
