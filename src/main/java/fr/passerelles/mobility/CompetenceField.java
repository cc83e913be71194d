package fr.passerelles.mobility;

/**
 * A <em>champ de compétences</em>: a node of ROME's competence tree, the common space in which
 * branch and ROME competences are compared.
 *
 * @param code functional code of the node, e.g. {@code "5A"} for an enjeu
 * @param label e.g. "Relation client"
 * @param domaine code of its domaine, e.g. {@code "5"}
 * @param domaineLabel e.g. "Développement économique"
 */
public record CompetenceField(String code, String label, String domaine, String domaineLabel) {
  /** Domaine 6 (coopération, organisation, développement de ses compétences, savoir-être). */
  public static final String TRANSVERSAL_DOMAINE = "6";

  /** Whether the field is one of the transversal ones every job has (domaine 6). */
  public boolean transversal() {
    return TRANSVERSAL_DOMAINE.equals(domaine);
  }
}
