package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.nlp.CuePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ad cues of {@link EvidenceBoilerplate}, on lines of the graded evidence set's texts. */
class EvidenceBoilerplateTest {

  @Test
  void an_employer_speaking_of_itself_is_an_ad_context_line() {
    for (String line : new String[] {
        "Cabinet de recouvrement de créances pour le compte de banques et d'opérateurs, nous employons 300 personnes à Lille.",
        "Groupe immobilier indépendant présent dans tout l'Occitanie (12 agences, 140 collaborateurs), nous gérons plus de 9 000 lots",
        "Situé au bord du lac, notre hôtel de 85 chambres accueille une clientèle d'affaires"}) {
      assertTrue(EvidenceBoilerplate.adContext(line), line);
      assertTrue(EvidenceBoilerplate.cues(line).ad(), line);
    }
  }

  @Test
  void a_task_line_that_mentions_the_employer_is_not() {
    for (String line : new String[] {
        "Mettre à jour les dossiers dans notre logiciel de gestion",
        "Organiser le dépannage ou le remorquage du véhicule en mobilisant nos prestataires",
        "Contribuez à l'amélioration continue de notre chaîne d'intégration continue",
        "Au sein de notre centre de contacts de Poitiers, vous prenez en charge les appels de nos clients",
        "Créer les plannings de nos équipes"}) {
      assertFalse(EvidenceBoilerplate.adContext(line), line);
    }
  }

  @Test
  void the_cue_list_still_flags_contract_and_pay_lines() {
    assertTrue(EvidenceBoilerplate.adContext("CDI, fixe 1 850 € brut + variable, mutuelle, CE."));
    assertFalse(EvidenceBoilerplate.adContext("Négocier des échéanciers de paiement adaptés à leur situation"));
  }

  @Test
  void the_cues_anchors_skip_only_lines_their_regex_would_not_match() throws IOException {
    int lines = 0;
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("../shared/seeds"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl")).toList()) {
          for (String line : Files.readAllLines(file)) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (CuePattern cue : EvidenceBoilerplate.cues()) {
              assertNotNull(cue.anchors(), cue.pattern().pattern());
              assertEquals(cue.pattern().matcher(lower).find(), cue.find(lower), cue.pattern() + " on " + lower);
            }
            lines++;
          }
        }
      }
    }
    assertTrue(lines > 5_000, lines + " lines");
  }
}
