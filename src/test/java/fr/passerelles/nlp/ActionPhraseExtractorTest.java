package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.nlp.ActionPhrase.HeadKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionPhraseExtractorTest {

  private final TextSegmenter segmenter = new TextSegmenter(NlpFixtures.models());
  private final ActionPhraseExtractor extractor = new ActionPhraseExtractor(NlpFixtures.models());

  private List<ActionPhrase> extract(String text) {
    return extractor.extract(segmenter.segment(text));
  }

  private List<String> texts(String text) {
    return extract(text).stream().map(ActionPhrase::text).toList();
  }

  @Test
  void finds_both_coordinated_verb_phrases_of_an_activity_sentence() {
    String text = "Organise les rapatriements et gère les réclamations des clients.";

    assertEquals(
        List.of(
            new ActionPhrase("Organise les rapatriements", 0, 26, "organiser", HeadKind.VERB, 0),
            new ActionPhrase(
                "gère les réclamations des clients", 30, 63, "gérer", HeadKind.VERB, 0)),
        extract(text));
  }

  @Test
  void includes_the_subject_and_auxiliary_of_a_first_person_compound_tense() {
    List<ActionPhrase> phrases =
        extract("J'ai organisé des rapatriements sanitaires pendant trois ans.");

    assertEquals(
        List.of(
            new ActionPhrase(
                "J'ai organisé des rapatriements sanitaires",
                0,
                42,
                "organiser",
                HeadKind.VERB,
                0)),
        phrases);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Accueil téléphonique des bénéficiaires | Accueil téléphonique des bénéficiaires | accueil",
        "Gestion des réclamations clients | Gestion des réclamations clients | gestion",
        "Suivi des dossiers d'assistance | Suivi des dossiers d'assistance | suivi",
        "Mise en place d'un nouveau process | Mise en place d'un nouveau process | mise en place",
        "Prise en charge des bénéficiaires à l'étranger | Prise en charge des bénéficiaires"
            + " | prise en charge",
        "TRAITEMENT DES RÉCLAMATIONS CLIENTS | TRAITEMENT DES RÉCLAMATIONS CLIENTS | traitement",
        "Facturation des prestations d'assistance | Facturation des prestations d'assistance"
            + " | facturation",
        "Je suis responsable de la gestion des sinistres. | gestion des sinistres | gestion",
        "Chargé du suivi des dossiers sinistres | suivi des dossiers sinistres | suivi",
        "Contrôle et validation des factures | Contrôle et validation des factures | contrôle"
      })
  void finds_action_nouns_with_their_complement(String text, String phrase, String head) {
    List<ActionPhrase> phrases = extract(text);

    assertEquals(1, phrases.size(), phrases::toString);
    assertEquals(phrase, phrases.get(0).text());
    assertEquals(head, phrases.get(0).head());
    assertEquals(HeadKind.ACTION_NOUN, phrases.get(0).headKind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gérer les réclamations clients | Gérer les réclamations clients | gérer",
        "Géré une équipe de 5 chargé(e)s d'assistance | Géré une équipe de 5 chargé(e)s"
            + " d'assistance | gérer",
        "Prend en charge les appels des bénéficiaires | Prend en charge les appels des"
            + " bénéficiaires | prendre en charge",
        "Tient à jour les fichiers de coordonnées internes. | Tient à jour les fichiers de"
            + " coordonnées internes | tenir à jour",
        "Procède à l’accueil physique des personnes | Procède à l’accueil physique des personnes"
            + " | procéder",
        "Savoir gérer les situations d'urgence | Savoir gérer les situations d'urgence | gérer",
        "Accueille et identifie les interlocuteurs. | Accueille et identifie les interlocuteurs"
            + " | accueillir",
        "Trie et distribue des documents. | Trie et distribue des documents | distribuer",
        "Je m'occupe des dossiers de remboursement. | occupe des dossiers de remboursement"
            + " | occuper",
        "Vous prenez en charge les appels. | prenez en charge les appels | prendre en charge"
      })
  void finds_verbs_with_their_object(String text, String phrase, String head) {
    List<ActionPhrase> phrases = extract(text);

    assertEquals(1, phrases.size(), phrases::toString);
    assertEquals(phrase, phrases.get(0).text());
    assertEquals(head, phrases.get(0).head());
    assertEquals(HeadKind.VERB, phrases.get(0).headKind());
  }

  @Test
  void splits_coordinated_action_nouns_into_separate_phrases() {
    assertEquals(
        List.of("Traitement des sinistres", "indemnisation des assurés"),
        texts("Traitement des sinistres et indemnisation des assurés"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chargé d'assistance",
        "Chargée de réclamations clients",
        "Rattaché(e) au responsable du plateau",
        "Formation",
        "Gestion",
        "Situation familiale : mariée, deux enfants",
        "Le métier peut s'exercer 7 jours sur 7 et 24h/24",
        "Outils : Salesforce, Excel, Microsoft Teams, SAP."
      })
  void finds_no_action_in_titles_headings_and_facts(String text) {
    assertEquals(List.of(), extract(text));
  }

  @Test
  void phrase_offsets_slice_the_original_text_of_a_bulleted_cv() {
    String cv = NlpFixtures.text("cv_charge_assistance.txt");
    List<Segment> segments = segmenter.segment(cv);

    List<ActionPhrase> phrases = extractor.extract(segments);

    assertTrue(phrases.size() >= 12, phrases::toString);
    for (ActionPhrase p : phrases) {
      assertEquals(cv.substring(p.start(), p.end()), p.text());
      Segment s = segments.get(p.segmentIndex());
      assertTrue(s.start() <= p.start() && p.end() <= s.end(), p + " outside " + s);
    }
  }

  @Test
  void finds_the_activities_of_a_bulleted_cv() {
    List<String> texts = texts(NlpFixtures.text("cv_charge_assistance.txt"));

    assertTrue(
        texts.containsAll(
            List.of(
                "Accueil téléphonique des bénéficiaires",
                "Organisation des rapatriements sanitaires",
                "Gestion des réclamations clients",
                "Contrôle et validation des factures des prestataires",
                "Géré une équipe de 5 chargé(e)s d'assistance",
                "J'ai traité les demandes de remboursement des assurés",
                "j'ai orienté les appels",
                "J'ai également mis à jour les fichiers de prestataires")),
        texts::toString);
  }

  @Test
  void finds_the_activities_of_the_seed_job_sheet() {
    List<ActionPhrase> phrases = extract(NlpFixtures.text("seed004_charge_assistance.txt"));
    List<String> heads = phrases.stream().map(ActionPhrase::head).toList();

    assertTrue(
        heads.containsAll(
            List.of(
                "prendre en charge",
                "mettre en œuvre",
                "réceptionner",
                "accueillir",
                "ouvrir",
                "identifier",
                "vérifier",
                "analyser",
                "transmettre",
                "choisir",
                "informer",
                "rechercher",
                "suivre",
                "déterminer",
                "rédiger",
                "contrôle")),
        heads::toString);
    assertTrue(
        phrases.stream()
            .anyMatch(
                p -> p.text().equals("Prend en charge les appels des bénéficiaires / clients")));
  }

  @Test
  void finds_the_verbs_of_a_job_ad_in_the_second_person_plural() {
    List<String> heads =
        extract(NlpFixtures.text("job_ad_gestionnaire.txt")).stream()
            .map(ActionPhrase::head)
            .toList();

    assertEquals(
        List.of("prendre en charge", "organiser", "assurer", "contrôler", "informer", "traiter"),
        heads);
  }

  @Test
  void returns_nothing_for_no_segment() {
    assertEquals(List.of(), extractor.extract(List.of()));
  }

  @Test
  void known_limitation_misses_an_action_noun_followed_by_a_verb_like_adjective() {
    // "continue" is tagged VERB, so "amélioration" gets no "de" complement; "Participation" is
    // not an action noun of the list.
    assertEquals(List.of(), extract("Participation à l'amélioration continue du service"));
  }

  @Test
  void known_limitation_misses_an_object_the_tagger_reads_as_a_determiner() {
    // The model tags "devis" DET here, so the bare object is not a noun group.
    assertEquals(
        List.of(), extract("Contrôler et valider devis et factures relatifs aux dossiers traités"));
  }

  /** An action noun followed by adjectives up to the end of a segment once read past the end. */
  @Test
  void extracts_from_every_text_of_the_evidence_set_without_failing() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/eval/evidence/texts");
    try (var files = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
        for (ActionPhrase p : extract(text)) {
          assertEquals(p.text(), text.substring(p.start(), p.end()), f.getFileName().toString());
        }
      }
    }
  }

  /**
   * Regression (issue 11): adjectives running to the end of a segment after a coordinated action
   * noun ("et gestion commerciale") sent {@code PhraseGrammar.startsActionNoun} past the last token
   * (ArrayIndexOutOfBoundsException, a 500 on POST /match). Without its own "de" complement the
   * coordinated noun stays in the object.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Je gère les dossiers et transports sanitaires | gère les dossiers et transports sanitaires | gérer",
        "Suivi des dossiers et gestion commerciale | Suivi des dossiers et gestion commerciale | suivi",
        "J'assure l'accueil et la gestion administrative | assure l'accueil et la gestion administrative"
            + " | assurer"
      })
  void reads_a_sentence_ending_on_a_coordinated_action_noun_and_its_adjectives(
      String text, String phrase, String head) {
    List<ActionPhrase> phrases = extract(text);

    assertEquals(1, phrases.size(), phrases::toString);
    assertEquals(phrase, phrases.get(0).text());
    assertEquals(head, phrases.get(0).head());
    assertEquals(phrase, text.substring(phrases.get(0).start(), phrases.get(0).end()));
  }
}
