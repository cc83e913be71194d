package fr.passerelles.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The graded evidence set ({@code graded.jsonl}) and its split by text: every pair of a text is
 * either in the fit part or in the held-out part, so no text's wording is seen by both.
 */
public record EvidenceSet(Path file, String sha256, List<EvidenceGrade> grades) {
  /** Share of texts held out, by a hash of their id (stable when texts are added). */
  public static final int HELD_OUT_PERCENT = 40;

  public static EvidenceSet load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ObjectMapper json = new ObjectMapper();
    List<EvidenceGrade> grades = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        EvidenceGrade g = json.readValue(line, EvidenceGrade.class);
        if (!List.of("right", "partial", "wrong").contains(g.grade())) {
          throw new IllegalArgumentException(file + ": grade must be right, partial or wrong: " + line);
        }
        grades.add(g);
      }
    }
    return new EvidenceSet(file, sha256(bytes), List.copyOf(grades));
  }

  /** True when the text is in the held-out part: the first byte of SHA-256(id), mod 100. */
  public static boolean heldOut(String textId) {
    byte[] h = digest(textId.getBytes(StandardCharsets.UTF_8));
    return (h[0] & 0xff) % 100 < HELD_OUT_PERCENT;
  }

  public List<EvidenceGrade> fitPart() {
    return grades.stream().filter(g -> !heldOut(g.text())).toList();
  }

  public List<EvidenceGrade> heldOutPart() {
    return grades.stream().filter(g -> heldOut(g.text())).toList();
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
