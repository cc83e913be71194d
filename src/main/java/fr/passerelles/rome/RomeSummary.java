package fr.passerelles.rome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * Counts of a loaded release, for {@code corpus check} and for tests. v460 values in brackets.
 *
 * @param version the release
 * @param sheets fiches métier [1,584]
 * @param appellations job titles [13,120]
 * @param competences {@code Compétence} rows, all savoir-faire [17,810]
 * @param macros {@code Macro-compétence} rows [507]
 * @param savoirFaireItems savoir-faire items, competences and macros [18,301 = 17,810 + 491]
 * @param savoirEtreItems savoir-être items, all macros [16]
 * @param savoirs savoirs [15,354]
 * @param workContexts work contexts [179]
 * @param savoirFaireLinks sheet → savoir-faire links [49,440]
 * @param savoirEtreLinks sheet → savoir-être links [5,255]
 * @param savoirLinks sheet → savoir links [35,861]
 * @param workContextLinks sheet → work context links [13,663]
 * @param coreLinks links flagged {@code coeur_metier} = Principale [18,900]
 * @param emergingLinks links flagged {@code coeur_metier} = Émergente [1,731]
 * @param mobilityLinks ranked mobility links [14,912]
 * @param treeDomaines [6]
 * @param treeEnjeux [32]
 * @param treeObjectifs [84]
 * @param treeMacros [507]
 */
public record RomeSummary(
    RomeVersion version,
    int sheets,
    int appellations,
    int competences,
    int macros,
    int savoirFaireItems,
    int savoirEtreItems,
    int savoirs,
    int workContexts,
    int savoirFaireLinks,
    int savoirEtreLinks,
    int savoirLinks,
    int workContextLinks,
    int coreLinks,
    int emergingLinks,
    int mobilityLinks,
    int treeDomaines,
    int treeEnjeux,
    int treeObjectifs,
    int treeMacros) {

  /** The counts with printable names, in a fixed order. */
  public SequencedMap<String, Integer> counts() {
    SequencedMap<String, Integer> c = new LinkedHashMap<>();
    c.put("sheets", sheets);
    c.put("appellations", appellations);
    c.put("competences", competences);
    c.put("macro-competences", macros);
    c.put("items: savoir-faire", savoirFaireItems);
    c.put("items: savoir-etre", savoirEtreItems);
    c.put("items: savoirs", savoirs);
    c.put("work contexts", workContexts);
    c.put("sheet links: savoir-faire", savoirFaireLinks);
    c.put("sheet links: savoir-etre", savoirEtreLinks);
    c.put("sheet links: savoirs", savoirLinks);
    c.put("sheet links: work contexts", workContextLinks);
    c.put("sheet links: core (principale)", coreLinks);
    c.put("sheet links: emerging (emergente)", emergingLinks);
    c.put("mobility links", mobilityLinks);
    c.put("tree: domaines", treeDomaines);
    c.put("tree: enjeux", treeEnjeux);
    c.put("tree: objectifs", treeObjectifs);
    c.put("tree: macro-competences", treeMacros);
    return Collections.unmodifiableSequencedMap(c);
  }
}
