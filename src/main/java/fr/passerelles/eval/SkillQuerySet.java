package fr.passerelles.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The graded recruiter queries, one a line ({@code query | source | concept ; concept… | exclude},
 * the exclude optional, {@code #} comments; the file's header says how to read it), with the file's SHA-256 so reported figures name their input. The
 * split is deterministic: a query is in {@code dev} when the first byte of the SHA-256 of its
 * lower-cased text is even, else in {@code test}; tuning reads dev only.
 */
public record SkillQuerySet(Path file, String sha256, List<SkillJudgement> queries) {
  /** Which queries to read. */
  public enum Split {
    DEV, TEST, ALL;

    public static Split parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("split: dev, test or all expected, got " + s, e);
      }
    }

    boolean holds(String query) {
      return this == ALL || (this == DEV) == isDev(query);
    }
  }

  public static SkillQuerySet load(Path file, Split split) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      List<SkillJudgement> out = new ArrayList<>();
      int line = 0;
      for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        line++;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        try {
          SkillJudgement j = parse(l);
          if (split.holds(j.query())) {
            out.add(j);
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
        }
      }
      return new SkillQuerySet(file, HexFormat.of().formatHex(sha256(bytes)), List.copyOf(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Fields are separated by " | " and concepts by " ; " (a regex's own "|" has no spaces). */
  static SkillJudgement parse(String line) {
    String[] f = line.split(" \\| ");
    if (f.length < 3 || f.length > 4) {
      throw new IllegalArgumentException("expected query | source | concepts [| exclude]");
    }
    List<Pattern> concepts = new ArrayList<>();
    for (String c : f[2].split(" ; ")) {
      concepts.add(Pattern.compile(c.strip()));
    }
    return new SkillJudgement(f[0].strip(), f[1].strip(), concepts, f.length == 4 ? Pattern.compile(f[3].strip()) : null);
  }

  /** The split rule: first byte of SHA-256 of the lower-cased query, even → dev. */
  static boolean isDev(String query) {
    return (sha256(query.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))[0] & 1) == 0;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
