package fr.passerelles.rome;

import java.util.List;

/**
 * One ROME 4.0 fiche métier, assembled from the release's CSV files.
 *
 * <p>How the blocks of a sheet map to files (checked on v460; {@code code_compo_bloc} labels from
 * {@code unix_composition_bloc}, rubriques from {@code unix_descriptif_rubrique}):
 *
 * <table>
 *   <caption>unix_liens_rome_referentiels (bloc, rubrique) and where the linked ids live</caption>
 *   <tr><th>bloc</th><th>rubrique</th><th>meaning</th><th>code_ogr found in</th><th>v460 links</th></tr>
 *   <tr><td>1</td><td></td><td>Code ROME et intitulé</td><td>the sheet's own ogr</td><td>1,584</td></tr>
 *   <tr><td>2</td><td></td><td>Emplois</td><td>unix_referentiel_appellation</td><td>13,120</td></tr>
 *   <tr><td>5</td><td>1</td><td>Savoir-faire</td><td>unix_referentiel_competence
 *       (38,166 to competences, 11,274 straight to macros)</td><td>49,440</td></tr>
 *   <tr><td>5</td><td>2</td><td>Savoir-être professionnels</td><td>unix_referentiel_competence,
 *       the 16 savoir-être macros</td><td>5,255</td></tr>
 *   <tr><td>5</td><td>3</td><td>Savoirs</td><td>unix_referentiel_savoir</td><td>35,861</td></tr>
 *   <tr><td>6</td><td></td><td>Contextes de travail</td><td>unix_referentiel_contexte_travail</td><td>13,663</td></tr>
 * </table>
 *
 * <p>Blocs 3 (Définition) and 4 (Accès au métier) are the sentences of {@code unix_texte}, bloc 8
 * (Mobilité professionnelle) is {@code unix_rubrique_mobilite}; bloc 7 (Secteurs d'activité) is not
 * imported. {@code unix_coherence_item} repeats the bloc 5 and 6 pairs exactly (104,219) and adds
 * {@code coeur_metier}, which is only ever set on savoir-faire and savoir links.
 *
 * @param code ROME code, e.g. {@code "K1401"}
 * @param ogr the sheet's {@code code_ogr}
 * @param title {@code libelle_rome}
 * @param parentCode {@code code_rome_parent}, the historical parent sheet (the code itself for 532 sheets)
 * @param domain grand domaine and domaine professionnel
 * @param appellations job titles, in file order (alphabetical)
 * @param definition the definition sentences, in {@code position_phrase} order, one per line (most
 *     have no final period, so a space would run them together)
 * @param access the "accès au métier" sentences, likewise
 * @param savoirFaire rubrique 1, by {@code code_ogr}
 * @param savoirEtre rubrique 2, by {@code code_ogr}
 * @param savoirs rubrique 3, by {@code code_ogr}
 * @param workContexts bloc 6, by {@code code_ogr}
 * @param mobility outgoing mobility links, by rank
 * @param regulated {@code emploi_reglemente} = O: the job needs a regulated diploma or title
 * @param cadre {@code emploi_cadre} = O: ROME files the job as executive (507 sheets in v460)
 */
public record RomeSheet(
    String code,
    int ogr,
    String title,
    String parentCode,
    Domain domain,
    List<Appellation> appellations,
    String definition,
    String access,
    List<CompetenceLink> savoirFaire,
    List<CompetenceLink> savoirEtre,
    List<CompetenceLink> savoirs,
    List<RomeWorkContext> workContexts,
    List<MobilityLink> mobility,
    boolean regulated,
    boolean cadre) {

  public RomeSheet {
    appellations = List.copyOf(appellations);
    savoirFaire = List.copyOf(savoirFaire);
    savoirEtre = List.copyOf(savoirEtre);
    savoirs = List.copyOf(savoirs);
    workContexts = List.copyOf(workContexts);
    mobility = List.copyOf(mobility);
  }

  /** This sheet with other definition and access texts (held-out evaluation). */
  public RomeSheet withTexts(String newDefinition, String newAccess) {
    return new RomeSheet(code, ogr, title, parentCode, domain, appellations, newDefinition, newAccess,
        savoirFaire, savoirEtre, savoirs, workContexts, mobility, regulated, cadre);
  }

  /** This sheet with other appellations (held-out evaluation). */
  public RomeSheet withAppellations(List<Appellation> newAppellations) {
    return new RomeSheet(code, ogr, title, parentCode, domain, newAppellations, definition, access,
        savoirFaire, savoirEtre, savoirs, workContexts, mobility, regulated, cadre);
  }

  /** The links of one kind. */
  public List<CompetenceLink> competences(RomeCompetence.Kind kind) {
    return switch (kind) {
      case SAVOIR_FAIRE -> savoirFaire;
      case SAVOIR_ETRE -> savoirEtre;
      case SAVOIR -> savoirs;
    };
  }

  /**
   * A job title of {@code unix_referentiel_appellation}.
   *
   * @param ogr the appellation's {@code code_ogr}
   * @param longLabel gendered full title, e.g. "Développeur / Développeuse web"
   * @param shortLabel the title shortened for display (differs from the long one for 2,190 of 13,120)
   * @param principal {@code classification} = PRINCIPALE (one per sheet), else SYNONYME
   * @param rarelyUsed {@code peu_usite} = O
   */
  public record Appellation(int ogr, String longLabel, String shortLabel, boolean principal, boolean rarelyUsed) {}

  /**
   * A sheet's link to a competence item, with the {@code coeur_metier} flag of {@code unix_coherence_item}.
   */
  public record CompetenceLink(RomeCompetence competence, Core core) {}

  /** {@code coeur_metier} of {@code unix_coherence_item}: is the item core to this job? */
  public enum Core {
    /** Empty: a competence of the job, not flagged. */
    NONE,
    /** "Principale": core to the job (18,900 links in v460). */
    MAIN,
    /** "Émergente": an emerging part of the job (1,731 links in v460). */
    EMERGING
  }

  /**
   * A ranked outgoing link of {@code unix_rubrique_mobilite}.
   *
   * @param targetCode {@code code_rome_cible}
   * @param rank {@code numero_ordre}, 1 first; ranks of a sheet run 1..n without gaps in v460
   */
  public record MobilityLink(String targetCode, int rank) {}

  /**
   * The sheet's place in the ROME classification ({@code unix_cr_gd_dp}).
   *
   * @param grandDomaineCode one letter, the first of the ROME code, e.g. {@code "K"}
   * @param grandDomaineLabel e.g. "Services à la personne et à la collectivité"
   * @param domaineCode the letter and two digits, e.g. {@code "K14"}
   * @param domaineLabel e.g. "Conception et mise en oeuvre des politiques publiques"
   */
  public record Domain(String grandDomaineCode, String grandDomaineLabel, String domaineCode, String domaineLabel) {}
}
