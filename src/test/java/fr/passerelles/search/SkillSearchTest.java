package fr.passerelles.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SearchableItem;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.TextSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Competence search on a fixture of four sheets (two branch, two ROME sharing an item), indexed
 * with the project's analysis chain and synonyms.
 */
class SkillSearchTest {
  @TempDir
  static Path tmp;
  private static SkillSearchFixture fixture;
  private static AnalysisChain chain;
  private static SearchIndexes indexes;
  private static SkillSearch search;

  @BeforeAll
  static void buildIndex() throws IOException {
    fixture = SkillSearchFixture.open(tmp, SkillSearchTest::fixture);
    chain = fixture.chain();
    indexes = fixture.indexes();
    search = fixture.search();
  }

  @AfterAll
  static void close() throws IOException {
    fixture.close();
  }

  private static List<SearchableSheet> fixture() {
    SearchableItem complaints = competence("ogr-1", "Gestion des réclamations clients", "savoir-faire", 1.0f);
    return List.of(
        new SearchableSheet("0102", SheetType.BRANCH, "0102", "Chargé(e) d'assistance", "01", "Opérations d'assistance",
            List.of(), "", List.of(
                activity("0102-A01", "Traite les demandes complexes et en partie les réclamations"),
                activity("0102-A02", "Organise le rapatriement sanitaire des bénéficiaires")),
            List.of(
                competence("0102-C01", "Analyser les réclamations pour prendre ou proposer une décision", "savoir-faire", 1.0f),
                competence("0102-C02", "Savoir gérer les situations d'urgence", "savoir-etre", 0.6f),
                competence("0102-C03", "Maîtriser une ou plusieurs langues étrangères", "langue", 0.6f)),
            List.of(), List.of()),
        new SearchableSheet("0403", SheetType.BRANCH, "0403", "Chargé(e) de réclamations clients", "04", "Gestion",
            List.of(), "", List.of(), List.of(
                competence("0403-C01", "Assurer la gestion des réclamations et des litiges", "savoir-faire", 1.0f)),
            List.of(), List.of()),
        new SearchableSheet("D1408", SheetType.ROME, "D1408", "Téléconseiller / Téléconseillère", "D", "Commerce",
            List.of(), "", List.of(), List.of(complaints, competence("ogr-2", "Anglais professionnel", "savoir", 0.5f)),
            List.of(), List.of()),
        new SearchableSheet("M1704", SheetType.ROME, "M1704", "Chargé / Chargée de relation client", "M", "Support",
            List.of(), "", List.of(), List.of(
                new SearchableItem("ogr-1", ItemType.COMPETENCE, complaints.text(), "specific", "savoir-faire", null, 0.7f),
                competence("ogr-3", "Techniques de négociation commerciale", "savoir", 0.5f),
                competence("ogr-9", "Gestion des réclamations des clients", "savoir-faire", 0.5f)),
            List.of(), List.of()));
  }

  private static SearchableItem competence(String id, String text, String kind, float weight) {
    return new SearchableItem(id, ItemType.COMPETENCE, text, "majority", kind, null, weight);
  }

  private static SearchableItem activity(String id, String text) {
    return new SearchableItem(id, ItemType.ACTIVITY, text, "majority", null, null, 1.0f);
  }

  private static List<String> ids(SkillResults r) {
    return r.hits().stream().map(SkillHit::id).toList();
  }

  private static String scores(SkillResults r) {
    return String.join(" ", r.hits().stream().map(h -> String.format(Locale.ROOT, "%s=%.3f", h.id(), h.score())).toList());
  }

  @Test
  void items_with_all_the_words_come_ranked_with_stable_scores() {
    SkillResults r = search.search(SkillQuery.competences("gestion des réclamations"), 0, 10);
    assertEquals(List.of("gestion", "ger", "reclam"), r.terms(), "the verb the noun stands for is searched too");
    assertFalse(r.relaxed());
    assertEquals(2, r.exactTotal());
    assertEquals("0403-C01=2.867 ogr-1=3.177", scores(r).substring(0, "0403-C01=2.867 ogr-1=3.177".length()),
        "both have all the words; the branch skill comes first");
  }

  @Test
  void a_reviewed_equivalence_finds_what_the_word_does_not_say() {
    SkillResults r = search.search(SkillQuery.competences("anglais"), 0, 10);
    assertEquals(List.of("0102-C03", "ogr-2"), ids(r),
        "anglais → langues étrangères (ROME's savoir category Langues), branch skill first");
    assertEquals(2, r.exactTotal());
  }

  @Test
  void the_exact_skills_are_followed_by_those_with_the_most_specific_word() {
    SkillResults r = search.search(SkillQuery.competences("gestion des réclamations"), 0, 10);
    assertEquals(3, r.total());
    // in this four-sheet fixture the verb is the rarer word (3 competences against 4), so the
    // second tier holds "Savoir gérer les situations d'urgence"; over the full ROME it is réclamations
    assertEquals(List.of("0403-C01", "ogr-1", "0102-C02"), ids(r));
    assertFalse(r.relaxed(), "some skills have all the words");
    assertEquals(List.of("gestion", "ger"), r.requiredTerms(), "what the skills past the exact ones have");
    assertEquals(ids(r).subList(2, 3), ids(search.search(SkillQuery.competences("gestion des réclamations"), 2, 1)),
        "pages cut the same two tiers");
  }

  @Test
  void the_verbal_style_finds_the_nominal_one_and_back() {
    SkillResults verbal = search.search(SkillQuery.competences("gérer les réclamations"), 0, 10);
    // "gérer" is a leading infinitive and the two skills with both words are fewer than ten, so the
    // verb only scores: "Analyser les réclamations" (branch) joins them, after the two that say the
    // query as a phrase, branch first
    assertEquals(List.of("0403-C01", "ogr-1", "0102-C01"), ids(verbal).subList(0, verbal.exactTotal()));
    assertEquals(List.of("0102-C02"), ids(search.search(SkillQuery.competences("gestion des situations d'urgence"), 0, 10)));
  }

  @Test
  void near_duplicates_are_one_hit_listing_every_sheet() {
    SkillHit hit = search.search(SkillQuery.competences("gestion des réclamations"), 0, 10).hits().stream()
        .filter(h -> h.id().equals("ogr-1")).findFirst().orElseThrow();
    assertEquals("ogr-1", hit.id());
    assertEquals(List.of("ogr-9"), hit.foldedIds(), "same words in another order: one skill");
    assertEquals(List.of("D1408", "M1704"), hit.sheets().stream().map(s -> s.sheet().id()).toList());
    assertEquals(0.7f, hit.sheets().get(1).weight(), "a sheet listing both keeps the heavier");
  }

  @Test
  void facets_count_the_matching_skills_by_type_family_and_kind() {
    SkillResults r = search.search(SkillQuery.competences("réclamations").withScope(SkillQuery.Scope.ALL), 0, 1);
    assertEquals(4, r.total());
    assertEquals(java.util.Map.of("branch", 3, "rome", 1), r.facets().get("type"));
    assertEquals(java.util.Map.of("savoir-faire", 3, "activite", 1), r.facets().get("kind"));
    assertEquals(List.of("01", "04", "D", "M"), List.copyOf(new java.util.TreeSet<>(r.facets().get("family").keySet())));
  }

  @Test
  void a_misspelt_query_gets_a_correction_that_finds_something() {
    SkillResults r = search.search(SkillQuery.competences("reclamtions"), 0, 10);
    assertEquals(0, r.total());
    assertEquals("reclamations", r.didYouMean());
    assertEquals(null, search.search(SkillQuery.competences("réclamations"), 0, 10).didYouMean());
  }

  @Test
  void highlights_are_offsets_into_the_item_text_without_elided_articles() {
    SkillResults r = search.search(SkillQuery.competences("situations d'urgence"), 0, 10);
    SkillHit hit = r.hits().get(0);
    assertEquals("0102-C02", hit.id());
    assertEquals(List.of("situations", "urgence"), hit.highlights().stream().map(TextSpan::text).toList());
    for (TextSpan h : hit.highlights()) {
      assertEquals(hit.text().substring(h.start(), h.end()), h.text());
    }
  }

  @Test
  void a_shared_rome_item_lists_every_sheet_heaviest_first() {
    SkillHit hit = search.search(SkillQuery.competences("réclamations clients"), 0, 1).hits().get(0);
    assertEquals("ogr-1", hit.id());
    assertEquals(2, hit.sheetCount());
    assertEquals(List.of("D1408", "M1704"), hit.sheets().stream().map(s -> s.sheet().id()).toList());
    assertEquals(1.0f, hit.sheets().get(0).weight());
  }

  @Test
  void type_family_and_kind_filter_items_and_their_sheets() {
    SkillQuery q = SkillQuery.competences("réclamations");
    assertEquals(List.of("0403-C01", "0102-C01"), ids(search.search(q.withType(SheetType.BRANCH), 0, 10)));
    SkillResults family = search.search(q.withFamily("M"), 0, 10);
    assertEquals(List.of("ogr-1"), ids(family));
    assertEquals(List.of("M1704"), family.hits().get(0).sheets().stream().map(s -> s.sheet().id()).toList(),
        "only the sheets of the family asked for");
    assertEquals(1, family.hits().get(0).sheetCount());
    assertEquals(List.of("0102-C03"), ids(search.search(SkillQuery.competences("langues étrangères").withKind("langue"), 0, 10)));
    assertEquals(0, search.search(SkillQuery.competences("langues étrangères").withKind("savoir"), 0, 10).total());
  }

  @Test
  void pages_cut_the_same_ranking() {
    SkillQuery q = SkillQuery.competences("réclamations");
    SkillResults all = search.search(q, 0, 10);
    assertEquals(3, all.total());
    SkillResults second = search.search(q, 1, 1);
    assertEquals(3, second.total());
    assertEquals(List.of(all.hits().get(1).id()), ids(second));
    assertEquals(List.of(), ids(search.search(q, 5, 10)), "past the end: an empty page, same total");
  }

  @Test
  void activities_are_searched_on_request_and_marked() {
    SkillQuery q = SkillQuery.competences("rapatriement sanitaire");
    assertEquals(0, search.search(q, 0, 10).total(), "no competence says it");
    SkillResults all = search.search(q.withScope(SkillQuery.Scope.ALL), 0, 10);
    assertEquals(List.of("0102-A02"), ids(all));
    assertEquals(ItemType.ACTIVITY, all.hits().get(0).type());
    assertEquals(List.of("0102-A01"), ids(search.search(SkillQuery.competences("demandes complexes")
        .withScope(SkillQuery.Scope.ACTIVITIES), 0, 10)));
  }

  @Test
  void a_query_no_item_fully_matches_is_relaxed_and_says_so() {
    SkillResults r = search.search(SkillQuery.competences("réclamations professionnelles"), 0, 10);
    assertTrue(r.relaxed());
    assertEquals(List.of("ogr-2"), ids(r), "only the most specific word is required: never off-topic items");
    assertEquals(1, r.requiredTerms().size());
    assertFalse(search.search(SkillQuery.competences("anglais courant"), 0, 10).relaxed(),
        "a word no item has is not relaxed away");
  }

  @Test
  void a_query_of_stop_words_finds_nothing_and_has_no_terms() {
    SkillResults r = search.search(SkillQuery.competences("de la"), 0, 10);
    assertEquals(0, r.total());
    assertTrue(r.terms().isEmpty());
  }

  @Test
  void deep_pages_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> search.search(SkillQuery.competences("réclamations"), SkillSearch.MAX_DEPTH, 1));
  }

  @Test
  void minimum_should_match_requires_all_of_short_queries_and_most_of_long_ones() {
    assertEquals(List.of(1, 2, 3, 3, 3, 4, 5), List.of(1, 2, 3, 4, 5, 6, 7).stream().map(SkillQueryParser::minimumShouldMatch).toList());
  }

  @Test
  void the_skill_index_is_written_into_the_generation_and_reopened_from_it() throws IOException {
    assertTrue(java.nio.file.Files.isRegularFile(indexes.dir().resolve(SkillIndex.FOLDER).resolve("format.txt")),
        "the first open writes the skill index next to the item indexes");
    try (SkillSearch reopened = new SkillSearch(indexes, SkillSearch.synonymsOf(TestCorpus.dir()))) {
      SkillQuery q = SkillQuery.competences("gestion des réclamations");
      assertEquals(scores(search.search(q, 0, 10)), scores(reopened.search(q, 0, 10)),
          "the index opened from disk answers as the one just built");
    }
  }

  @Test
  void hits_say_whether_they_have_all_the_words() {
    SkillResults r = search.search(SkillQuery.competences("gestion des réclamations"), 0, 10);
    assertEquals(List.of(true, true, false), r.hits().stream().map(SkillHit::allWords).toList());
  }

  /** A stand-in for a folded hit: its id and whether a branch sheet lists it. */
  private record Fake(String key, boolean branch) implements SkillSearch.Ranked {}

  @Test
  void a_lifted_branch_skill_comes_before_rome_skills_with_all_the_words_and_only_once() {
    List<Fake> romeOnly = List.of(new Fake("R1", false), new Fake("R2", false));
    List<Fake> wider = List.of(new Fake("R3", false), new Fake("B1", true), new Fake("B2", true));
    assertEquals(List.of("B2", "R1", "R2", "B1", "R3"),
        SkillSearch.ranked(romeOnly, List.of(new Fake("B2", true)), wider).stream().map(Fake::key).toList());
    List<Fake> withBranch = List.of(new Fake("R1", false), new Fake("B0", true));
    assertEquals(List.of("B0", "R1", "B1", "B2", "R3"),
        SkillSearch.ranked(withBranch, List.of(), wider).stream().map(Fake::key).toList());
  }

  /** A folded hit that may say the query as a phrase. */
  private record PhraseFake(String key, boolean branch, boolean phrase) implements SkillSearch.Ranked {}

  @Test
  void rome_skills_that_say_the_phrase_come_before_branch_skills_that_only_have_the_words_but_one() {
    // "orientation professionnelle": the branch's "oriente le bénéficiaire vers d'autres
    // professionnels" has the words, ROME's "Mener des actions d'orientation professionnelle" the phrase
    List<PhraseFake> exact = List.of(new PhraseFake("Bw1", true, false), new PhraseFake("Rp", false, true),
        new PhraseFake("Bw2", true, false), new PhraseFake("Rw", false, false));
    assertEquals(List.of("Bw1", "Rp", "Bw2", "Rw"), SkillSearch.ranked(exact, List.of(), List.of()).stream()
        .map(PhraseFake::key).toList(), "with no branch phrase, the best branch skill stays first");
    List<PhraseFake> withBranchPhrase = new java.util.ArrayList<>(exact);
    withBranchPhrase.add(new PhraseFake("Bp", true, true));
    assertEquals(List.of("Bp", "Rp", "Bw1", "Bw2", "Rw"), SkillSearch.ranked(withBranchPhrase, List.of(), List.of()).stream()
        .map(PhraseFake::key).toList());
    List<PhraseFake> most = List.of(new PhraseFake("Rm", false, false), new PhraseFake("Bm", true, false));
    List<PhraseFake> wider = List.of(new PhraseFake("Bx", true, false));
    assertEquals(List.of("Bp", "Rp", "Bw1", "Bw2", "Rw", "Bm", "Rm", "Bx"),
        SkillSearch.ranked(withBranchPhrase, List.of(), most, wider).stream().map(PhraseFake::key).toList(),
        "the skills with all the words but one come before those with the most specific word alone");
  }

  @Test
  void a_word_many_items_have_lifts_no_branch_skill() {
    // in this twelve-item fixture every word is in more than 1 % of the items: nothing is lifted,
    // and the ROME skill with the most specific word stays alone (CompetenceRoutesIT: the lift on ROME)
    SkillResults r = search.search(SkillQuery.competences("négociation des réclamations"), 0, 10);
    assertTrue(r.relaxed(), "no competence has both words");
    assertEquals(List.of("ogr-3"), ids(r));
    assertEquals(List.of("0403-C01", "ogr-1", "0102-C02"), ids(search.search(SkillQuery.competences("gestion des réclamations"), 0, 10)),
        "a branch skill has all the words: nothing lifted");
  }

  @Test
  void kept_mined_equivalences_apply_both_ways_and_rejected_ones_not_at_all() {
    assertEquals("garantir => veiller\nveiller => garantir\n",
        SkillEquivalences.keptRows("# comment\nkeep\tgarantir\tveiller\t1\nreject\tdiesel\tgaz\t1\n"));
    SkillEquivalences loaded = SkillEquivalences.load(chain.queryAnalyzer());
    String employes = fr.passerelles.index.IndexBuilder.analyzedTerms(chain.queryAnalyzer(), fr.passerelles.index.IndexFields.TEXT, "employés").get(0);
    String processus = fr.passerelles.index.IndexBuilder.analyzedTerms(chain.queryAnalyzer(), fr.passerelles.index.IndexFields.TEXT, "processus").get(0);
    assertTrue(loaded.of(employes).contains("personnel"), "kept in skill-equivalences-mined.tsv");
    assertTrue(loaded.of(processus).isEmpty(), "processus / procédures was rejected");
  }

  @Test
  void a_fixed_expression_is_one_key_found_as_a_whole_never_word_by_word() {
    SkillEquivalences e = SkillEquivalences.parse("maîtrise de soi => sang-froid ; contrôle de soi\nanglais => langues étrangères",
        chain.queryAnalyzer());
    assertEquals(List.of("sang-froid", "contrôle de soi"), e.ofPhrasesIn("Faire preuve de MAÎTRISE DE SOI"));
    assertEquals(List.of(), e.ofPhrasesIn("maîtrise de l'anglais"), "maîtrise alone is no maîtrise de soi");
    String maitrise = fr.passerelles.index.IndexBuilder.analyzedTerms(chain.queryAnalyzer(),
        fr.passerelles.index.IndexFields.TEXT, "maîtrise").get(0);
    assertTrue(e.of(maitrise).isEmpty(), "nor is any of its words a key");
    assertTrue(SkillEquivalences.load(chain.queryAnalyzer()).ofPhrasesIn("esprit d'équipe").contains("travailler en équipe"),
        "ROME's savoir-être macro 300465, reviewed in skill-equivalences.txt");
  }

  @Test
  void an_equivalent_of_a_word_inside_a_multi_word_synonym_does_not_stand_for_the_synonym() {
    // synonyms.txt: "crm, gestion de la relation client"; skill-equivalences.txt: client → bénéficiaire.
    // "Organise le rapatriement sanitaire des bénéficiaires" says nothing of CRM
    SkillResults r = search.search(new SkillQuery("CRM", SkillQuery.Scope.ALL, null, null, null), 0, 10);
    assertTrue(ids(r).isEmpty(), "no item of the fixture says CRM or the relation client: " + ids(r));
    assertTrue(ids(search.search(new SkillQuery("client", SkillQuery.Scope.ALL, null, null, null), 0, 10))
        .contains("0102-A02"), "while the word itself still finds its equivalent");
  }

  @Test
  void the_branch_metiers_that_need_the_skill_come_from_every_branch_item_that_states_it() {
    SkillResults r = search.search(new SkillQuery("gestion des réclamations", SkillQuery.Scope.ALL, null, null, null), 0, 1);
    // 0403 says both words; "gestion" is in 4 of the 12 items, a generic head, so the métiers whose
    // items say only "réclamations" follow (0102: "Traite … les réclamations", "Analyser les réclamations")
    assertEquals(List.of("0403", "0102"), r.branchMetiers().stream().map(BranchMetier::metier).toList());
    assertEquals(2, r.branchMetierTotal());
    BranchMetier assistance = r.branchMetiers().get(1);
    assertEquals("Chargé(e) d'assistance", assistance.title());
    assertEquals(2, assistance.itemCount());
    assertEquals(List.of("0102-A01", "0102-C01"), assistance.items().stream().map(BranchMetier.Item::id).toList(),
        "best first, read beyond the page of one hit");
    assertEquals(List.of("0403"), search.search(new SkillQuery("réclamations et litiges", SkillQuery.Scope.ALL, null, null, null), 0, 10)
        .branchMetiers().stream().map(BranchMetier::metier).toList(), "a head that is no generic action noun stays required");
    assertTrue(search.search(new SkillQuery("gestion des réclamations", SkillQuery.Scope.ALL, SheetType.ROME, null, null), 0, 10)
        .branchMetiers().isEmpty(), "a search restricted to ROME sheets has no branch métier");
  }

  @Test
  void a_one_letter_word_qualifies_the_others_and_is_never_the_word_kept() {
    assertTrue(SkillQueryParser.isQualifier(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "b"))));
    assertFalse(SkillQueryParser.isQualifier(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "permi"))));
    // on the full ROME: CompetenceRoutesIT, "permis B"
  }
}
