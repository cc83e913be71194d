package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.match.Evidence;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pairs to grade for the evidence set: the evidence the matcher shows for each text of a folder
 * (its two best ROME sheets and its best branch sheet, {@link #EVIDENCE} items each), one pair per
 * distinct (text, segment, item). The grade is left empty for a person to fill in.
 */
public final class EvidenceCandidates {
  /** Items shown per sheet, as {@code match --evidence 8}. */
  public static final int EVIDENCE = 8;
  static final int ROME_SHEETS = 2;
  static final int BRANCH_SHEETS = 1;
  /** Texts made of ROME definition sentences (with or without noise): their first ROME sheet only. */
  static final String ROME_TEXT_PREFIX = "rome-";

  private EvidenceCandidates() {}

  /** The texts of {@code dir} ({@code *.txt}, by name) → ungraded pairs, in text order. */
  public static List<EvidenceGrade> of(Path dir, TextMatcher matcher) throws IOException {
    List<EvidenceGrade> out = new ArrayList<>();
    for (Path file : texts(dir)) {
      String id = textId(file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Map<String, EvidenceGrade> pairs = new LinkedHashMap<>();
      if (id.startsWith(ROME_TEXT_PREFIX)) {
        add(pairs, id, matcher, text, SheetType.ROME, 1); // ROME's own words: fewer, or they outnumber the rest
      } else {
        add(pairs, id, matcher, text, SheetType.ROME, ROME_SHEETS);
        add(pairs, id, matcher, text, SheetType.BRANCH, BRANCH_SHEETS);
      }
      out.addAll(pairs.values());
    }
    return out;
  }

  /** The {@code *.txt} files of {@code dir}, sorted by name. */
  public static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** "cv-data-analyst.txt" → "cv-data-analyst". */
  public static String textId(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }

  private static void add(Map<String, EvidenceGrade> pairs, String id, TextMatcher matcher, String text,
      SheetType type, int sheets) {
    MatchOptions options = new MatchOptions(sheets, type, null, EVIDENCE);
    for (SheetMatch m : matcher.match(text, options).matches()) {
      for (Evidence e : m.evidence()) {
        String span = e.segment().text();
        pairs.putIfAbsent(span + "\u0000" + e.itemId(),
            new EvidenceGrade(id, span, e.itemId(), e.text(), m.id(), null, null));
      }
    }
  }
}
