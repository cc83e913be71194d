package fr.passerelles.rome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads the free texts of {@code unix_texte}: one row per sentence, with {@code libelle_type_texte}
 * {@code definition} (bloc 3, 9,602 sentences in v460) or {@code acces_metier} (bloc 4, 2,378), and
 * {@code position_phrase} giving the order. Every sheet has both. Other types are ignored, so a
 * release that adds one still loads.
 *
 * <p>Sentences are joined with a line break, not a space: 7,581 of the 11,980 v460 sentences are
 * list items with no final period ("Entretient les espaces naturels"), and a space would run them
 * into one another. The break keeps the boundary without inventing punctuation.
 */
final class TextLoader {
  static final String FILE = "texte";
  static final String DEFINITION = "definition";
  static final String ACCESS = "acces_metier";

  /** A sheet's texts, sentences in position order, one per line. */
  record Texts(String definition, String access) {
    static final Texts EMPTY = new Texts("", "");
  }

  private TextLoader() {}

  /** Texts by ROME code; every code must be in {@code knownCodes}. */
  static Map<String, Texts> load(RomeFiles files, Set<String> knownCodes) {
    // code -> type -> position -> sentence
    Map<String, Map<String, TreeMap<Integer, String>>> sentences = new HashMap<>();
    RomeCsv.read(files.csv(FILE), List.of("code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"),
        row -> {
          String code = row.romeCode("code_rome");
          if (!knownCodes.contains(code)) {
            throw row.error("code_rome", "dangling reference: " + code + " is not a sheet");
          }
          String type = row.text("libelle_type_texte");
          if (!type.equals(DEFINITION) && !type.equals(ACCESS)) {
            return;
          }
          int position = row.positiveInt("position_phrase");
          String text = row.label("libelle_texte");
          String previous = sentences.computeIfAbsent(code, c -> new HashMap<>())
              .computeIfAbsent(type, t -> new TreeMap<>())
              .putIfAbsent(position, text);
          if (previous != null) {
            throw row.error("position_phrase", "duplicate position " + position + " for " + code + " " + type);
          }
        });
    Map<String, Texts> texts = new HashMap<>();
    sentences.forEach((code, byType) -> texts.put(code, new Texts(join(byType.get(DEFINITION)), join(byType.get(ACCESS)))));
    return texts;
  }

  private static String join(TreeMap<Integer, String> sentences) {
    return sentences == null
        ? ""
        : sentences.values().stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
  }
}
