package fr.passerelles.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** A labelled query set in JSON Lines, with its SHA-256 so reported figures name their input. */
public record EvalSet(Path file, String sha256, List<EvalQuery> queries) {

  /**
   * The queries of one half: a query is {@code dev} when the first byte of the SHA-256 of its id is
   * even (the recruiter set's rule), so a blind set can be studied on one half and reported on the other.
   */
  public EvalSet only(SkillQuerySet.Split split) {
    return new EvalSet(file, sha256, queries.stream().filter(q -> split.holds(q.id())).toList());
  }
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static EvalSet load(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      List<EvalQuery> queries = new ArrayList<>();
      int line = 0;
      for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        try {
          queries.add(MAPPER.readValue(l, EvalQuery.class));
        } catch (IOException e) {
          throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
        }
      }
      return new EvalSet(file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), List.copyOf(queries));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
