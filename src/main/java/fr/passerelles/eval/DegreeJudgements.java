package fr.passerelles.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Degrees judged by hand for the moves 001 states without a degree (eval/mobility/degree-judgements.tsv:
 * from, to, judged degree, reason), and their agreement with the computed degrees, alone and with
 * the degrees 004 and 000 state.
 */
public final class DegreeJudgements {
  public static final Path FILE = Path.of("eval/mobility/degree-judgements.tsv");

  public record Judgement(String from, String to, int judged, String reason) {}

  /**
   * @param judged 001 moves with a judged degree that the evaluation could compare
   * @param judgedAgree those whose computed degree is the judged one
   * @param all judged plus the stated degrees (004, 000)
   * @param allAgree those that agree
   */
  public record Agreement(int judged, int judgedAgree, int all, int allAgree, List<String> disagreements) {
    public double judgedRate() {
      return judged == 0 ? 0 : (double) judgedAgree / judged;
    }

    public double allRate() {
      return all == 0 ? 0 : (double) allAgree / all;
    }
  }

  private DegreeJudgements() {}

  public static List<Judgement> read(Path file) {
    try {
      List<Judgement> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", 4);
        if (f.length < 4 || f[3].isBlank()) {
          throw new IllegalStateException(file + ": every judgement needs from, to, degree and a reason: " + line);
        }
        out.add(new Judgement(f[0], f[1], Integer.parseInt(f[2]), f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Agreement agreement(MobilityEvaluation.Report report, List<Judgement> judgements) {
    int judged = 0;
    int judgedAgree = 0;
    int all = 0;
    int allAgree = 0;
    List<String> disagreements = new ArrayList<>();
    for (MobilityEvaluation.Case c : report.cases()) {
      if (c.computed() == null) {
        continue;
      }
      Integer reference = c.stated();
      if (reference == null) {
        reference = judgements.stream().filter(j -> j.from().equals(c.from()) && j.to().equals(c.to()))
            .map(Judgement::judged).findFirst().orElse(null);
        if (reference == null) {
          continue;
        }
        judged++;
        judgedAgree += reference.equals(c.computed()) ? 1 : 0;
      }
      all++;
      if (reference.equals(c.computed())) {
        allAgree++;
      } else {
        disagreements.add(c.from() + "→" + c.to() + " (" + (c.stated() != null ? "stated " : "judged ") + reference
            + ", computed " + c.computed() + ")");
      }
    }
    return new Agreement(judged, judgedAgree, all, allAgree, disagreements);
  }
}
