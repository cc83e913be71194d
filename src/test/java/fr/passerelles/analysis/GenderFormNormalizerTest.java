package fr.passerelles.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.analysis.GenderFormNormalizer.Edit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenderFormNormalizerTest {

  private final GenderFormNormalizer normalizer = new GenderFormNormalizer();

  /**
   * The patterns are tried only around the chars each must contain; on the corpus, the seed studies
   * and forms built to straddle the shortcut's edge cases, that finds exactly the edits of trying
   * every position.
   */
  @Test
  void trying_only_around_trigger_chars_finds_the_edits_of_trying_everywhere() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "Chargé(e) (F/H) , chargé (e), chargé(e)(s), (f / h) Patrouilleur(f/h) H/F F/F",
        "chargé·e·s, chargé.e.s, chargé-e-s, a.b-chargé·e, x·y, l'accueil.Le, salarié-e-s.",
        "Chargé / Chargée, chargée/chargé, et/ou, a/b/c, Bac+2 / Bac+3, F /H, (H/ F)",
        "de(la) hôte(hôtesse) domaine(s) plateau(x) 3(e) e(", "(", "/", "·", "a/", "/a", "ab(",
        "𝒜𝒷(e) chargé\u00A0(e) chargé\u2009/e CHARGÉ·E"));
    for (Path root : List.of(Path.of("corpus"), Path.of("../shared/seeds"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f : files.filter(f -> f.toString().matches(".*\\.(json|txt)$")).toList()) {
            texts.add(Files.readString(f));
          }
        }
      }
    }
    int edits = 0;
    for (String text : texts) {
      List<Edit> expected = normalizer.editsTryingEveryStart(text);
      assertEquals(expected, normalizer.edits(text), () -> text.substring(0, Math.min(80, text.length())));
      edits += expected.size();
    }
    assertTrue(edits > 100, "edits compared: " + edits);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // marks in brackets
        "chargé(e) | chargé",
        "Chargé(e) d'assistance | Chargé d'assistance",
        "chargé(e)s d'assistance | chargés d'assistance",
        "chargé(e)(s) | chargés",
        "chargé(es) | chargés",
        "CHARGE(E) D'ACCUEIL | CHARGE D'ACCUEIL",
        "CHARGE(E)S | CHARGES",
        "Chargé(é) de formation | Chargé de formation",
        "animateur(trice) | animateur",
        "animateur(trice)s | animateurs",
        "régulateur(trice) | régulateur",
        "médecins régulateur(trice)s | médecins régulateurs",
        "Médecin régulateur (trice) | Médecin régulateur",
        "REGULATEUR(TRICE) | REGULATEUR",
        "technicien(ne) | technicien",
        "technicien(ne)s | techniciens",
        "administratif(ve) | administratif",
        "administratif(ve)s | administratifs",
        "opérationnel(le) | opérationnel",
        "infirmier(e) | infirmier",
        "infirmier(ère) | infirmier",
        "patient(e)s | patients",
        "un(e) | un",
        "superviseur(euse) | superviseur",
        "aide-soignant(e) | aide-soignant",
        "d'animateur(trice) | d'animateur",
        // full feminine words in brackets, plural marks
        "hôte(hôtesse) d'accueil | hôte d'accueil",
        "le(la) patient(e) | le patient",
        "ils(elles) | ils",
        "plateau(x) | plateau",
        "domaine(s) | domaine",
        // middle dot, full stop, hyphen
        "chargé·e | chargé",
        "chargé·e·s | chargés",
        "chargé·es | chargés",
        "chargé.e | chargé",
        "chargé.e.s | chargés",
        "Les chargé.e.s. | Les chargés.",
        "animateur·rice | animateur",
        "animateur·trice·s | animateurs",
        "technicien·ne | technicien",
        "salarié-e-s | salariés",
        "CHARGÉ·E | CHARGÉ",
        // a plural on both sides of the mark
        "accompagnateurs.trices | accompagnateurs",
        "Les conseillers·ères | Les conseillers",
        "salariés·es | salariés",
        // compound titles: each part carries its own mark
        "Dépanneur·euse-remorqueur·euse | Dépanneur-remorqueur",
        "Dépanneur.euse-remorqueur.euse routier.ère | Dépanneur-remorqueur routier",
        "Auteur·e-compositeur·rice-interprète | Auteur-compositeur-interprète",
        "Conseiller·ère-formateur·rice | Conseiller-formateur",
        // slashes
        "chargé/e | chargé",
        "animateur/trice | animateur",
        "Chargé / Chargée | Chargé",
        "superviseur/superviseuse | superviseur",
        "hôte / hôtesse d'accueil | hôte d'accueil",
        "Chargée / Chargé | Chargé",
        "infirmiers/infirmières | infirmiers",
        "il/elle | il",
        // the F/H mention
        "Juriste (f/h) | 'Juriste '",
        "Juriste (F/H) | 'Juriste '",
        "Juriste F/H | 'Juriste '",
        "H/F Juriste | ' Juriste'",
        "Juriste (H / F), CDI | 'Juriste , CDI'",
        "Patrouilleur(f/h) | Patrouilleur",
        // Belgium's mention and the third, non-binary mark
        "Gestionnaire des Ressources Humaines (m/f/x) | 'Gestionnaire des Ressources Humaines '",
        "Collaborateur Helpdesk ICT (M/F/X) | 'Collaborateur Helpdesk ICT '",
        "Collaborateur (m/f) | 'Collaborateur '",
        "Juriste (h/f/x) | 'Juriste '",
        "Juriste H/F/X, CDI | 'Juriste , CDI'",
      })
  void folds_gender_forms_to_the_masculine(String input, String expected) {
    assertEquals(expected, normalizer.normalize(input));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bac+2 / Bac+3",
        "assurance (habitation)",
        "et/ou",
        "client/bénéficiaire",
        "bénéficiaires / clients",
        "Planificateur / Prévisionniste",
        "Secrétaire / assistant",
        "intérieur/extérieur",
        "24h/24",
        "7 jours sur 7 et 24h/24",
        "km/h",
        "donne-le",
        "dis-le",
        "peut-être",
        "Marie-Anne",
        "c'est-à-dire",
        "après-vente",
        "l'accueil.Le client",
        "www.site.es",
        "jean.estelle@exemple.fr",
        "https://exemple.fr/chargé/e/s",
        "du (de la) patient",
        "(e)",
        "a(e)",
        "Bac(+2)",
        "chargé(e)x",
        "chargé(e",
        "F/F",
        "AF/HB",
        "(F/H",
        "chargé(f/h)s",
        "chargé(s)s",
        "salarié-e-x",
        "www.site-emploi.fr",
        "10 m/s",
        "M/F",
        "(m/s)",
        "H/F/XL",
      })
  void leaves_ordinary_brackets_slashes_and_dots_alone(String input) {
    assertEquals(input, normalizer.normalize(input));
  }

  @Test
  void returns_edits_that_cover_whole_forms_in_input_order() {
    String text = "Chargé(e) / H/F, superviseur/superviseuse";
    assertEquals(
        List.of(new Edit(0, 9, "Chargé"), new Edit(12, 15, ""), new Edit(17, 41, "superviseur")),
        normalizer.edits(text));
  }

  @Test
  void finds_where_the_first_sex_mention_ends() {
    String bracketed = "Éducateur spécialisé (H/F) en CDI";
    assertEquals(bracketed.indexOf(')') + 1, GenderFormNormalizer.sexMentionEnd(bracketed));
    assertEquals("Comptable F/H".length(), GenderFormNormalizer.sexMentionEnd("Comptable F/H - Lyon (69)"));
    assertEquals("Patrouilleur(f/h)".length(), GenderFormNormalizer.sexMentionEnd("Patrouilleur(f/h) en CDD"));
    assertEquals("Collaborateur Contact Center (m/f/x)".length(),
        GenderFormNormalizer.sexMentionEnd("Collaborateur Contact Center (m/f/x) - Bruxelles"));
    // a slash between two words is a gender form or an alternative, not the mention
    assertEquals(-1, GenderFormNormalizer.sexMentionEnd("Chef de projet R&D / méthodes, hors CDI"));
  }

  @Test
  void prefers_the_longest_form_starting_first() {
    // "(e)s" as a whole, not "(e)" followed by a lone "s"
    assertEquals(List.of(new Edit(0, 10, "chargés")), normalizer.edits("chargé(e)s"));
  }

  @Test
  void returns_empty_text_unchanged() {
    assertEquals("", normalizer.normalize(""));
    assertEquals(List.of(), normalizer.edits(""));
  }

  @Test
  void rejects_an_edit_that_would_lengthen_the_text() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Edit(0, 1, "ab"));
  }
}
