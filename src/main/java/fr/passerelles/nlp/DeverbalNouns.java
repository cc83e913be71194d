package fr.passerelles.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name an action ("gestion" of gérer, "suivi" of suivre), with which CVs and job sheets
 * write activities without a verb: "Gestion des réclamations", "Mise en place d'un outil". The list
 * covers the activities of the branche Assistance sheets; nouns outside it count only by their
 * suffix and only at the start of a segment (see {@link #hasActionSuffix}).
 *
 * <p>Deliberately absent: "assistance" (the branch's own name, mostly a complement: "chargé
 * d'assistance"), "établissement" and "information", which name things more often than actions.
 */
final class DeverbalNouns {

  private static final Set<String> SINGLE =
      Set.of(
          """
          accompagnement accueil achat administration amélioration analyse animation application
          archivage audit calcul classement clôture collecte communication conception conduite
          constitution contrôle coordination création définition dépannage déploiement
          développement diagnostic diffusion écoute élaboration encadrement enregistrement envoi
          étude évaluation exécution expertise facturation formation gestion identification
          indemnisation instruction intégration lancement management négociation optimisation
          organisation orientation ouverture paiement pilotage planification préparation production
          qualification rapatriement réalisation réception recherche recouvrement recrutement
          rédaction règlement régulation relance remboursement réparation réservation résolution
          saisie sélection suivi supervision synthèse tenue traitement transmission transport tri
          validation veille vente vérification
          """
              .strip()
              .split("\\s+"));

  /** Multi-word heads, as lower-cased token forms. */
  private static final List<List<String>> MULTI =
      List.of(
          List.of("mise", "en", "place"),
          List.of("mise", "en", "œuvre"),
          List.of("mise", "en", "oeuvre"),
          List.of("mise", "à", "jour"),
          List.of("prise", "en", "charge"),
          List.of("tenue", "à", "jour"));

  private static final List<String> ACTION_SUFFIXES = List.of("tion", "sion", "ment", "age");

  /**
   * Number of tokens of the deverbal head starting at {@code i} in lower-cased {@code forms}, or 0.
   * A plural head counts ("traitements des dossiers").
   */
  int headLength(List<String> forms, int i) {
    for (List<String> multi : MULTI) {
      if (i + multi.size() <= forms.size() && forms.subList(i, i + multi.size()).equals(multi)) {
        return multi.size();
      }
    }
    return SINGLE.contains(singular(forms.get(i))) ? 1 : 0;
  }

  /** True for a noun whose ending marks an action: "-tion", "-sion", "-ment", "-age". */
  boolean hasActionSuffix(String form) {
    String w = singular(form.toLowerCase(Locale.ROOT));
    return w.length() > 5 && ACTION_SUFFIXES.stream().anyMatch(w::endsWith);
  }

  /** "traitements" → "traitement"; "suivis" → "suivi". */
  static String singular(String lowerForm) {
    return lowerForm.endsWith("s") && lowerForm.length() > 3
        ? lowerForm.substring(0, lowerForm.length() - 1)
        : lowerForm;
  }
}
