package fr.passerelles.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvidenceCandidates;
import fr.passerelles.eval.EvidenceEvaluation;
import fr.passerelles.eval.EvidenceGrade;
import fr.passerelles.eval.EvidenceSet;
import fr.passerelles.eval.GeneratedSection;
import fr.passerelles.match.EvidenceModel;
import fr.passerelles.match.EvidenceProbe;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code eval-evidence}: the graded evidence set. {@code --candidates} prints pairs to grade,
 * {@code --fit} refits the evidence model on the fit part and writes it to the resources, and
 * without either it reports the committed model on the held-out part ({@code --write FILE} puts the
 * report in FILE's {@code evidence-quality} section); {@code --blind} reports every pair of the set
 * instead ({@code --set} a batch kept out of both parts; section {@code evidence-fresh}).
 */
final class EvalEvidenceCommand {
  static final String DEFAULT_TEXTS = "src/test/resources/eval/evidence/texts";
  static final String DEFAULT_SET = "src/test/resources/eval/evidence/graded.jsonl";
  static final String DEFAULT_MODEL = "src/main/resources" + EvidenceModel.RESOURCE;

  private EvalEvidenceCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    Path texts = Path.of(args.flags().getOrDefault("texts", DEFAULT_TEXTS));
    try (Passerelles p = Passerelles.open(paths)) {
      if (args.flags().containsKey("candidates")) {
        ObjectMapper json = new ObjectMapper();
        for (EvidenceGrade g : EvidenceCandidates.of(texts, p.textMatcher())) {
          out.println(json.writeValueAsString(g));
        }
        return 0;
      }
      if (args.flags().containsKey("dump")) {
        dump(texts, p, Path.of(args.flags().get("dump")));
        out.println("pairs written to " + args.flags().get("dump"));
        return 0;
      }
      EvidenceSet set = EvidenceSet.load(Path.of(args.flags().getOrDefault("set", DEFAULT_SET)));
      EvidenceProbe probe = new EvidenceProbe(p.indexes(), p.analysis().queryAnalyzer(), EvidenceModel.COSINE_RULE);
      EvidenceEvaluation.Joined joined = EvidenceEvaluation.join(set, texts, p.textMatcher(), probe);
      EvidenceModel model = EvidenceModel.load();
      if (args.flags().containsKey("fit")) {
        String fittedOn = set.file() + " sha256 " + set.sha256().substring(0, 12) + ", fit part: "
            + EvidenceEvaluation.fitPart(joined.pairs()).size() + " pairs";
        model = EvidenceEvaluation.fit(EvidenceEvaluation.fitPart(joined.pairs()), fittedOn);
        Path file = Path.of(args.flags().getOrDefault("model", DEFAULT_MODEL));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(model)
            + "\n", StandardCharsets.UTF_8);
        out.println("model written to " + file + " (rebuild to use it)");
        out.println(EvidenceEvaluation.nestedReport(EvidenceEvaluation.nested(EvidenceEvaluation.fitPart(joined.pairs()))));
      }
      boolean blind = args.flags().containsKey("blind");
      String report = blind ? EvidenceEvaluation.blindReport(set, joined, model) : EvidenceEvaluation.report(set, joined, model);
      out.print(report);
      if (args.flags().containsKey("write")) {
        GeneratedSection.write(Path.of(args.flags().get("write")), blind ? "evidence-fresh" : "evidence-quality", report);
        out.println("\nwritten to " + args.flags().get("write"));
      }
    }
    return 0;
  }

  /**
   * Every judged pair of every text (not only the graded ones), with its features, terms and zone,
   * one JSON line each: material for studying features offline, never read back by the service.
   */
  private static void dump(Path texts, Passerelles p, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    EvidenceProbe probe = new EvidenceProbe(p.indexes(), p.analysis().queryAnalyzer(), EvidenceModel.COSINE_RULE);
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Path f : EvidenceCandidates.texts(texts)) {
        String id = EvidenceCandidates.textId(f);
        var input = p.textMatcher().understand(Files.readString(f, StandardCharsets.UTF_8));
        for (EvidenceProbe.Detailed d : probe.detailed(input)) {
          var pair = d.pair();
          var row = new java.util.LinkedHashMap<String, Object>();
          row.put("text", id);
          row.put("start", pair.span().start());
          row.put("end", pair.span().end());
          row.put("span", pair.span().text());
          row.put("item", pair.itemId());
          row.put("itemText", pair.itemText());
          row.put("type", pair.type().name());
          var role = role(input, pair.span().start());
          row.put("zone", role == null ? "none" : role.zone().json());
          row.put("roleWeight", role == null ? 1.0 : role.weight());
          row.put("x", pair.features().vector());
          row.put("itemTerms", d.itemTerms());
          row.put("itemWeights", d.itemWeights());
          row.put("spanTerms", d.spanTerms());
          row.put("spanWeights", d.spanWeights());
          row.put("spanStarts", d.spanStarts());
          row.put("itemSheets", d.itemSheets());
          row.put("itemKind", d.itemKind());
          row.put("itemMaxWeight", d.itemMaxWeight());
          w.write(json.writeValueAsString(row));
          w.newLine();
        }
      }
    }
  }

  private static fr.passerelles.nlp.SegmentRole role(fr.passerelles.match.MatchInput input, int at) {
    for (int i = 0; i < input.segments().size(); i++) {
      var s = input.segments().get(i);
      if (s.start() <= at && at < s.end()) {
        return input.roles().get(i);
      }
    }
    return null;
  }
}
