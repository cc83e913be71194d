package fr.passerelles.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RomeLabelCleanerTest {

  @Test
  void undoubles_the_apostrophes_of_unix_texte() {
    assertEquals("coordonne les actions de l'Etat", LabelCleaner.clean("coordonne les actions de l''Etat"));
    assertEquals("jusqu'à l'ouverture", LabelCleaner.clean("jusqu''à l''ouverture"));
  }

  @Test
  void keeps_single_apostrophes_and_csv_unescaped_quotes() {
    assertEquals("option \"Tracteurs\" d'un", LabelCleaner.clean("option \"Tracteurs\" d'un"));
  }

  @Test
  void drops_the_stray_u0092_before_a_real_apostrophe() {
    assertEquals("en France et à l'étranger", LabelCleaner.clean("en France et à l\u0092'étranger"));
  }

  @Test
  void restores_c1_controls_that_stand_for_cp1252_letters() {
    assertEquals("gros œuvre", LabelCleaner.clean("gros \u009Cuvre"));
    assertEquals("Œuvre", LabelCleaner.clean("\u008Cuvre"));
  }

  @Test
  void drops_other_control_characters() {
    assertEquals("ab", LabelCleaner.clean("a\u0000\u0007\u007Fb"));
  }

  @Test
  void turns_the_v459_question_mark_between_letters_into_an_apostrophe() {
    assertEquals("Communiquer à l'écrit", LabelCleaner.clean("Communiquer à l¿écrit"));
    assertEquals("¿Qué? ¿", LabelCleaner.clean("¿Qué? ¿"));
  }

  @Test
  void collapses_line_breaks_tabs_and_no_break_spaces_and_trims() {
    assertEquals("Informer le bénéficiaire de l'avancement",
        LabelCleaner.clean(" Informer le bénéficiaire\r\nde\tl'avancement\u00A0 "));
    assertEquals("Une langue étrangère : l'anglais", LabelCleaner.clean("Une langue étrangère\u00A0: l'anglais"));
    assertEquals("Analyser et structurer des données, informations",
        LabelCleaner.clean("Analyser et structurer des données, informations "));
  }

  @Test
  void maps_null_and_blank_to_the_empty_string() {
    assertEquals("", LabelCleaner.clean(null));
    assertEquals("", LabelCleaner.clean(" \n\u00A0"));
  }
}
