package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderContextTest {

  private static List<String> context(String header) {
    return HeaderContext.ranges(header).stream().map(r -> header.substring(r[0], r[1])).toList();
  }

  @Test
  void an_employer_name_is_context_and_the_title_is_not() {
    assertEquals(List.of("Solvea Assistance"), context("2016-2024 : technicien assistance auto – Solvea Assistance"));
    assertEquals(List.of("Berthier Immobilier"), context("Développeur web, Berthier Immobilier"));
  }

  @Test
  void what_follows_chez_and_what_stands_in_brackets_is_context() {
    assertEquals(List.of("(2019 – aujourd'hui)", "chez Axa"), context("Conseillère chez Axa (2019 – aujourd'hui)"));
    assertEquals(List.of("(Lyon)", "Azur Assist"), context("STANDARD / ACCUEIL — Azur Assist (Lyon) — 2021-2023"));
  }

  @Test
  void contract_and_period_parts_are_context() {
    assertEquals(List.of("emploi saisonnier", "Boulangeries Marin", "Nantes"),
        context("2019 – 2022 : emploi saisonnier, Boulangeries Marin, Nantes"));
    assertEquals(List.of("Juillet", "août 2012", "job d'été", "chez Fast Burger"),
        context("Juillet – août 2012 : job d'été chez Fast Burger"));
  }

  @Test
  void a_title_in_lower_case_or_capitals_or_alone_first_stays() {
    assertEquals(List.of("aujourd'hui"), context("2019 – aujourd'hui : Data analyst, banque en ligne"));
    assertEquals(List.of("aujourd'hui", "Cabinet Morvan et Associés"),
        context("2019 – aujourd'hui : Comptable, Cabinet Morvan et Associés"));
    assertEquals(List.of("(2015-2024)"), context("Animatrice réseau partenaires – région Sud-Ouest (2015-2024)"));
    // capitalised words after an agent noun are a title's, not a company's name
    assertEquals(List.of(), context("Développeur .NET / Angular — 2018-2024 — DSI d’une société d’assistance"));
    assertEquals(List.of("Groupe Valmont"), context("Responsable Qualité, Groupe Valmont"));
  }
}
