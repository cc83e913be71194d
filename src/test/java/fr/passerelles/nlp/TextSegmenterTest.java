package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextSegmenterTest {

  private final TextSegmenter segmenter = new TextSegmenter(NlpFixtures.models());

  @Test
  void splits_cv_lines_leaving_out_every_kind_of_bullet() {
    String cv =
        "Chargée d'assistance\n"
            + "- Gestion des réclamations\n"
            + "• Suivi des dossiers. Relance des prestataires.\n"
            + "* Accueil téléphonique\n"
            + "– Contrôle des factures\n"
            + "▪ Organisation des rapatriements\n"
            + "1. Formation des nouveaux arrivants\n"
            + "2) Mise à jour des procédures\n";

    assertEquals(
        List.of(
            new Segment(0, 20, "Chargée d'assistance"),
            new Segment(23, 47, "Gestion des réclamations"),
            new Segment(50, 69, "Suivi des dossiers."),
            new Segment(70, 95, "Relance des prestataires."),
            new Segment(98, 118, "Accueil téléphonique"),
            new Segment(121, 142, "Contrôle des factures"),
            new Segment(145, 175, "Organisation des rapatriements"),
            new Segment(179, 211, "Formation des nouveaux arrivants"),
            new Segment(215, 241, "Mise à jour des procédures")),
        segmenter.segment(cv));
  }

  @Test
  void splits_a_paragraph_into_sentences_without_cutting_after_abbreviations() {
    String text =
        "Le chargé d'assistance prend en charge les appels. Il organise les rapatriements"
            + " (ex. M. Dupont) puis clôture le dossier ! Voir la p. 12 du contrat.";

    assertEquals(
        List.of(
            new Segment(0, 50, "Le chargé d'assistance prend en charge les appels."),
            new Segment(
                51, 122, "Il organise les rapatriements (ex. M. Dupont) puis clôture le dossier !"),
            new Segment(123, 148, "Voir la p. 12 du contrat.")),
        segmenter.segment(text));
  }

  @Test
  void a_section_label_after_a_sentence_end_opens_a_segment_the_sentence_model_ran_on() {
    // "C." reads as an initial to the sentence model: the label still starts its own segment
    List<String> texts = segmenter.segment(
            "Emploi permanent, catégorie C. Missions : accueillir le public. Poste basé à Lyon.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("Emploi permanent, catégorie C.", "Missions : accueillir le public.", "Poste basé à Lyon."), texts);
    // a colon after words that are no section label leaves the sentence whole
    assertEquals(1, segmenter.segment("Niveau B. Conseil aux particuliers : accueil.").size());
  }

  @Test
  void joins_a_sentence_wrapped_onto_a_lower_case_line() {
    String text =
        "Analyse la situation ; apprécie le degré \n"
            + "dʼurgence et les besoins.\n"
            + "Identifie les contrats";

    assertEquals(
        List.of(
            new Segment(
                0, 67, "Analyse la situation ; apprécie le degré \ndʼurgence et les besoins."),
            new Segment(68, 90, "Identifie les contrats")),
        segmenter.segment(text));
  }

  @Test
  void joins_a_line_ending_with_a_preposition_to_the_next_one() {
    // Seed 004: "... en di�iculté en" / "France ou à lʼétranger ..."
    String text = "Prend en charge les appels en di\uFFFDiculté en\nFrance ou à l'étranger";

    assertEquals(List.of(new Segment(0, 65, text)), segmenter.segment(text));
  }

  @Test
  void keeps_an_upper_case_line_after_a_heading_apart() {
    assertEquals(
        List.of(new Segment(0, 10, "EXPÉRIENCE"), new Segment(11, 35, "Gestion des réclamations")),
        segmenter.segment("EXPÉRIENCE\nGestion des réclamations"));
  }


  @Test
  void never_wraps_a_heading_onto_a_lower_case_line() {
    // the heading would otherwise vanish into the first task, and the zone before it run on
    assertEquals(
        List.of(new Segment(0, 12, "Vos missions"), new Segment(13, 44, "accueil des appels d'assistance")),
        segmenter.segment("Vos missions\naccueil des appels d'assistance"));
  }

  @Test
  void never_wraps_across_a_blank_line() {
    assertEquals(
        List.of(new Segment(0, 39, "Organise le rapatriement des blessés de"), new Segment(41, 69, "Contrat à durée indéterminée")),
        segmenter.segment("Organise le rapatriement des blessés de\n\nContrat à durée indéterminée"));
  }
  @Test
  void splits_glyph_bullets_inside_a_line() {
    assertEquals(
        List.of(
            new Segment(0, 8, "Outils :"),
            new Segment(11, 16, "Excel"),
            new Segment(19, 29, "Salesforce")),
        segmenter.segment("Outils : • Excel • Salesforce"));
  }

  @Test
  void recognises_arrows_and_word_private_use_bullets() {
    assertEquals(
        List.of(
            new Segment(3, 32, "L'évolution au sein du métier"),
            new Segment(36, 57, "Vers d'autres métiers"),
            new Segment(60, 79, "Saisie des dossiers")),
        segmenter.segment(
            "=> L'évolution au sein du métier\n"
                + "-> Vers d'autres métiers\n"
                + "\uF0B7 Saisie des dossiers"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5 % de réclamations en 2023", "Chargé·e·s d'assistance"})
  void leaves_hyphens_and_middle_dots_inside_text_alone(String text) {
    assertEquals(List.of(new Segment(0, text.length(), text)), segmenter.segment(text));
  }

  @Test
  void handles_windows_line_breaks() {
    assertEquals(
        List.of(
            new Segment(0, 21, "Gestion des sinistres"), new Segment(23, 41, "Suivi des dossiers")),
        segmenter.segment("Gestion des sinistres\r\nSuivi des dossiers\r\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t", "- \n• \n"})
  void returns_no_segment_for_blank_or_bullet_only_text(String text) {
    assertTrue(segmenter.segment(text).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cv_charge_assistance.txt",
        "job_ad_gestionnaire.txt",
        "seed001_charge_accueil_activites.txt",
        "seed004_charge_assistance.txt"
      })
  void segments_slice_the_original_text_exactly_in_order_and_trimmed(String resource) {
    String text = NlpFixtures.text(resource);
    List<Segment> segments = segmenter.segment(text);

    assertFalse(segments.isEmpty());
    int previousEnd = 0;
    for (Segment s : segments) {
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertTrue(s.start() >= previousEnd, "overlap at " + s);
      assertEquals(s.text().strip(), s.text());
      assertFalse("-•*–▪".indexOf(s.text().charAt(0)) >= 0, "bullet kept in " + s);
      previousEnd = s.end();
    }
  }

  @Test
  void cuts_the_seed_activity_lines_one_activity_per_segment() {
    String text = NlpFixtures.text("seed001_charge_accueil_activites.txt");

    List<String> texts = segmenter.segment(text).stream().map(Segment::text).toList();

    assertTrue(texts.contains("Accueille et identifie les interlocuteurs."), texts::toString);
    assertTrue(texts.contains("Tient à jour les fichiers de coordonnées internes."));
    assertTrue(
        texts.contains(
            "Réceptionne les appels téléphoniques destinés à l’Assistance pour des nouveaux"
                + " dossiers, des \ndossiers en cours, des demandes de renseignements."));
  }
}
