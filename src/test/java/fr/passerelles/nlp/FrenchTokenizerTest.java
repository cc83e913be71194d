package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTokenizerTest {

  private final FrenchTokenizer tokenizer = new FrenchTokenizer();

  private List<String> forms(String text) {
    return tokenizer.tokenize(text, 0, text.length()).stream().map(Token::form).toList();
  }

  @Test
  void splits_elided_clitics_keeping_their_apostrophe_as_ud_gsd_does() {
    assertEquals(
        List.of("j'", "ai", "géré", "l'", "ouverture", "d'", "un", "dossier", "qu'", "il", "a"),
        forms("j'ai géré l'ouverture d'un dossier qu'il a"));
  }

  @Test
  void straightens_typographic_apostrophes_in_forms_only() {
    String text = "J’ai traité dʼurgence";
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());

    assertEquals(
        List.of("J'", "ai", "traité", "d'", "urgence"), tokens.stream().map(Token::form).toList());
    assertEquals("J’", text.substring(tokens.get(0).start(), tokens.get(0).end()));
    assertEquals("dʼ", text.substring(tokens.get(3).start(), tokens.get(3).end()));
  }

  @Test
  void keeps_words_whose_apostrophe_or_hyphen_is_not_an_elision() {
    assertEquals(
        List.of(
            "aujourd'hui", "télé-conseiller", "prise", "de", "rendez-vous", "jusqu'", "au", "soir"),
        forms("aujourd'hui télé-conseiller prise de rendez-vous jusqu'au soir"));
  }

  @Test
  void drops_gender_markers_from_forms_but_keeps_them_in_spans() {
    String text = "5 chargé(e)s d'accueil et un(e) technicien(ne)";
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());

    assertEquals(
        List.of("5", "chargés", "d'", "accueil", "et", "un", "technicien"),
        tokens.stream().map(Token::form).toList());
    assertEquals("chargé(e)s", text.substring(tokens.get(1).start(), tokens.get(1).end()));
  }

  @Test
  void splits_punctuation_but_keeps_decimal_numbers_whole() {
    assertEquals(
        List.of("Gère", "3,5", "dossiers", "/", "jour", "(", "env", ".", ")", ":", "clients", "."),
        forms("Gère 3,5 dossiers/jour (env.) : clients."));
  }

  @Test
  void keeps_a_replacement_char_inside_its_word() {
    assertEquals(List.of("di\uFFFDérentes", "alternatives"), forms("di\uFFFDérentes alternatives"));
  }

  @Test
  void composes_decomposed_accents_for_the_tagger() {
    String decomposed = "ge\u0301rer";

    assertEquals(List.of("g\u00E9rer"), forms(decomposed));
  }

  @Test
  void offsets_are_relative_to_the_whole_text_when_tokenizing_a_slice() {
    String text = "- Gestion des sinistres";
    List<Token> tokens = tokenizer.tokenize(text, 2, text.length());

    assertEquals(new Token(2, 9, "Gestion"), tokens.get(0));
    assertEquals(new Token(14, 23, "sinistres"), tokens.get(2));
  }
}
