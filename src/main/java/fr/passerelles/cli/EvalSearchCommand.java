package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.GeneratedSection;
import fr.passerelles.eval.SkillEvaluation;
import fr.passerelles.eval.SkillQuerySet;
import fr.passerelles.eval.StockSkillSearch;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.search.SkillHit;
import fr.passerelles.search.SkillQuery;
import fr.passerelles.search.SkillSearch;
import fr.passerelles.search.SkillSheet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code eval-search}: the recruiter skill search (as {@code GET /competences} serves it: activities
 * and competences, default options) against the stock search on the graded queries; strict P@10 and
 * branch-métier recall per split.
 */
final class EvalSearchCommand {
  static final String DEFAULT_QUERIES = "src/test/resources/eval/skills/queries.txt";

  private EvalSearchCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    SkillQuerySet.Split split = SkillQuerySet.Split.parse(args.flags().getOrDefault("split", "dev"));
    SkillQuerySet set = SkillQuerySet.load(Path.of(args.flags().getOrDefault("queries", DEFAULT_QUERIES)), split);
    try (Passerelles p = Passerelles.open(paths)) {
      if (args.flags().containsKey("rules")) {
        reviewRules(set, new SkillEvaluation.Truth(p.indexes()), args.intFlag("sample", 8), out);
        return 0;
      }
      long t0 = System.nanoTime();
      SkillSearch search = new SkillSearch(p.indexes(), SkillSearch.synonymsOf(p.corpusDir()));
      long built = (System.nanoTime() - t0) / 1_000_000;
      if (args.flags().containsKey("abbreviations")) {
        try (search) {
          search.abbreviations().forEach((a, forms) -> out.println(a + "\t" + String.join(" ; ", forms)));
          out.println(search.abbreviations().size() + " abbreviations");
        }
        return 0;
      }
      if (args.flags().containsKey("query")) {
        try (search) {
          var r = search.search(new SkillQuery(args.flags().get("query"), SkillQuery.Scope.ALL, null, null, null), 0,
              args.intFlag("limit", SkillEvaluation.DEPTH));
          out.println("terms " + r.terms() + ", " + r.total() + " skills, " + r.exactTotal() + " with all the words"
              + (r.requiredTerms().isEmpty() ? "" : ", then with " + r.requiredTerms()));
          r.hits().forEach(h -> out.println(h.id() + "\t" + h.text()));
          out.println("branch métiers (" + r.branchMetierTotal() + "):");
          r.branchMetiers().forEach(m -> out.println("  " + m.metier() + " " + m.title() + " (" + m.itemCount() + "): "
              + m.items().stream().map(fr.passerelles.search.BranchMetier.Item::text).toList()));
          out.println("skill search opened in " + built + " ms");
        }
        return 0;
      }
      try (search; StockSkillSearch stock = new StockSkillSearch(p.indexes())) {
        SkillEvaluation.Truth truth = new SkillEvaluation.Truth(p.indexes());
        SkillEvaluation.Report project = SkillEvaluation.run("project", set.queries(), truth,
            q -> answer(search.search(new SkillQuery(q, SkillQuery.Scope.ALL, null, null, null), 0, SkillEvaluation.DEPTH)));
        SkillEvaluation.Report baseline = SkillEvaluation.run("stock", set.queries(), truth,
            q -> new SkillEvaluation.Answer(stock.search(q, SkillEvaluation.DEPTH).stream().map(i -> hit(i, p)).toList(), List.of()));
        String table = render(set, split, List.of(project, baseline));
        out.print(table);
        out.println("\nskill search opened in " + built + " ms");
        if (args.flags().containsKey("write")) {
          GeneratedSection.write(Path.of(args.flags().get("write")), "skill-search-" + split.name().toLowerCase(Locale.ROOT), table);
          out.println("written to " + args.flags().get("write"));
        }
        if (args.flags().containsKey("dump")) {
          dump(Path.of(args.flags().get("dump")), truth, project, baseline);
          out.println("per-query hits written to " + args.flags().get("dump"));
        }
      }
    }
    return 0;
  }

  private static SkillEvaluation.Answer answer(fr.passerelles.search.SkillResults r) {
    return new SkillEvaluation.Answer(r.hits().stream().map(EvalSearchCommand::hit).toList(),
        r.branchMetiers().stream().map(m -> new SkillEvaluation.ListedMetier(m.metier(),
            m.items().stream().map(fr.passerelles.search.BranchMetier.Item::text).toList())).toList());
  }

  private static SkillEvaluation.Hit hit(SkillHit h) {
    List<String> ids = new java.util.ArrayList<>(List.of(h.id()));
    ids.addAll(h.foldedIds());
    return new SkillEvaluation.Hit(h.text(), ids, h.sheets().stream().map(SkillSheet::sheet).toList());
  }

  private static SkillEvaluation.Hit hit(ItemRecord i, Passerelles p) {
    List<SheetRecord> sheets = i.sheets().stream().map(id -> p.indexes().sheet(id).orElse(null))
        .filter(s -> s != null).toList();
    return new SkillEvaluation.Hit(i.text(), List.of(i.id()), sheets);
  }

  static String render(SkillQuerySet set, SkillQuerySet.Split split, List<SkillEvaluation.Report> reports) {
    StringBuilder sb = new StringBuilder();
    sb.append("Queries: `").append(set.file()).append("`, split ").append(split.name().toLowerCase(Locale.ROOT))
        .append(" (").append(set.queries().size()).append(" queries, file sha256 ").append(set.sha256(), 0, 12)
        .append("); produced by `bin/passerelles eval-search --split ").append(split.name().toLowerCase(Locale.ROOT))
        .append(" --write docs/quality.md`.\n\n");
    sb.append("| system | strict P@10 | branch-métier recall, ten hits (queries) | branch métiers surfaced (all expected) "
        + "| branch-métier recall, ten hits + branch block (queries) | branch métiers surfaced, ten hits + block (all expected) "
        + "| block precision (métiers listed) |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (SkillEvaluation.Report r : reports) {
      sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f (%d / %d) | %.3f | %s | %s | %s |%n", r.system(), r.precision(),
          r.queryRecall(), r.queriesWithMetier(), r.queriesExpectingMetier(), r.metierRecall(),
          r.listedMetiers() == 0 ? "– (no block)" : String.format(Locale.ROOT, "%.3f (%d / %d)", r.blockQueryRecall(),
              r.queriesWithMetierOrBlock(), r.queriesExpectingMetier()),
          r.listedMetiers() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", r.metierRecallWithBlock()),
          r.listedMetiers() == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d)", r.blockPrecision(), r.listedMetiers())));
    }
    sb.append(jargonTable(reports));
    List<SkillEvaluation.QueryResult> issue = reports.get(0).results().stream()
        .filter(r -> r.query().source().equals("issue")).toList();
    if (!issue.isEmpty()) {
      sb.append("\nThe issue's queries in this split (project; stock P@10 beside):\n\n");
      sb.append("| query | strict P@10 | stock | branch métiers surfaced by the ten / expected | branch block (× : no listed item states it) |\n|---|---:|---:|---|---|\n");
      for (SkillEvaluation.QueryResult r : issue) {
        double stock = reports.get(1).results().stream().filter(s -> s.query().equals(r.query()))
            .mapToDouble(SkillEvaluation.QueryResult::precision).findFirst().orElse(0);
        sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s / %s | %s |%n", r.query().query(), r.precision(), stock,
            r.surfacedMetiers().isEmpty() ? "–" : String.join(", ", r.surfacedMetiers()),
            r.expectedMetiers().isEmpty() ? "none" : String.join(", ", r.expectedMetiers()),
            r.listedMetiers().isEmpty() ? "–" : String.join(", ", r.listedMetiers().stream()
                .map(m -> r.blockSurfaced().contains(m) ? m : m + " ×").toList())));
      }
    }
    return sb.toString();
  }

  /**
   * The jargon block ({@code jargon:KIND} queries, worded unlike the items) apart from the rest of
   * the split, and by kind, for both systems: where word overlap is expected to fail.
   */
  static String jargonTable(List<SkillEvaluation.Report> reports) {
    java.util.function.Predicate<SkillEvaluation.QueryResult> jargon = r -> r.query().source().startsWith("jargon:");
    if (reports.get(0).results().stream().noneMatch(jargon)) {
      return "";
    }
    java.util.Map<String, java.util.function.Predicate<SkillEvaluation.QueryResult>> parts = new java.util.LinkedHashMap<>();
    parts.put("jargon block", jargon);
    reports.get(0).results().stream().filter(jargon).map(r -> r.query().source()).distinct().sorted()
        .forEach(s -> parts.put(s, r -> r.query().source().equals(s)));
    parts.put("the other queries", jargon.negate());
    StringBuilder sb = new StringBuilder("\nThe jargon block (queries worded unlike the items, `jargon:KIND`) and the other "
        + "queries of this split:\n\n| queries | n | project P@10 | stock P@10 | project branch recall | stock branch recall |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    parts.forEach((name, keep) -> {
      SkillEvaluation.Report p = subset(reports.get(0), keep);
      SkillEvaluation.Report s = subset(reports.get(1), keep);
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f (%d / %d) | %.3f (%d / %d) |%n", name,
          p.results().size(), p.precision(), s.precision(), p.queryRecall(), p.queriesWithMetier(),
          p.queriesExpectingMetier(), s.queryRecall(), s.queriesWithMetier(), s.queriesExpectingMetier()));
    });
    return sb.toString();
  }

  private static SkillEvaluation.Report subset(SkillEvaluation.Report r,
      java.util.function.Predicate<SkillEvaluation.QueryResult> keep) {
    return new SkillEvaluation.Report(r.system(), r.results().stream().filter(keep).toList());
  }

  /**
   * {@code --rules}: what each query's judgement takes from the referential alone, no system run,
   * so a new query's patterns are reviewed before either system answers it: the distinct texts it
   * holds relevant, the branch items among them, and a fixed random sample of the others.
   */
  private static void reviewRules(SkillQuerySet set, SkillEvaluation.Truth truth, int sample, PrintWriter out) {
    for (fr.passerelles.eval.SkillJudgement q : set.queries()) {
      List<ItemRecord> relevant = truth.relevantItems(q);
      List<ItemRecord> branch = truth.relevantBranchItems(q);
      out.println("== " + q.query() + " | " + relevant.size() + " items, " + branch.size() + " branch, métiers "
          + truth.expectedMetiers(q));
      branch.stream().limit(sample).forEach(i -> out.println("  B " + i.id() + "\t" + i.text()));
      List<ItemRecord> others = new java.util.ArrayList<>(relevant);
      others.removeAll(branch);
      java.util.Collections.shuffle(others, new java.util.Random(q.query().hashCode()));
      others.stream().limit(sample).forEach(i -> out.println("  R " + i.id() + "\t" + i.text()));
    }
  }

  /** Every query's ten hits, judged, for review: {@code system, query, rank, relevant, text}. */
  private static void dump(Path file, SkillEvaluation.Truth truth, SkillEvaluation.Report... reports)
      throws IOException {
    StringBuilder sb = new StringBuilder("system\tquery\trank\trelevant\tavailable\ttext\tbranchMetiers\texpectedMetiers\n");
    for (SkillEvaluation.Report r : reports) {
      for (SkillEvaluation.QueryResult q : r.results()) {
        for (int i = 0; i < q.hits().size(); i++) {
          sb.append(r.system()).append('\t').append(q.query().query()).append('\t').append(i + 1).append('\t')
              .append(q.relevant().get(i) ? 1 : 0).append('\t').append(q.available()).append('\t')
              .append(q.hits().get(i).text().replace('\t', ' ').replace('\n', ' ')).append('\t')
              .append(q.hits().get(i).sheets().stream().filter(s -> s.type() == fr.passerelles.index.SheetType.BRANCH)
                  .map(SheetRecord::id).toList()).append('\t').append(q.expectedMetiers()).append('\n');
        }
        if (q.hits().isEmpty()) {
          sb.append(r.system()).append('\t').append(q.query().query()).append("\t0\t0\t").append(q.available()).append("\t(no hit)\t[]\t").append(q.expectedMetiers()).append('\n');
        }
      }
    }
    // the project's block of branch métiers: listed, and whether a listed item is relevant
    for (SkillEvaluation.QueryResult q : reports[0].results()) {
      for (int i = 0; i < q.listedMetiers().size(); i++) {
        String m = q.listedMetiers().get(i);
        sb.append("block\t").append(q.query().query()).append('\t').append(i + 1).append('\t')
            .append(q.blockSurfaced().contains(m) ? 1 : 0).append('\t').append(q.available()).append('\t').append(m)
            .append("\t[]\t").append(q.expectedMetiers()).append('\n');
      }
    }
    // the relevant branch items of each query, to see why a missed one was not found
    for (SkillEvaluation.QueryResult q : reports[0].results()) {
      for (ItemRecord i : truth.relevantBranchItems(q.query())) {
        sb.append("branch-item\t").append(q.query().query()).append("\t0\t1\t").append(q.available()).append('\t')
            .append(i.text().replace('\t', ' ').replace('\n', ' ')).append('\t').append(i.sheets()).append('\t')
            .append(q.expectedMetiers()).append('\n');
      }
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }
}
