package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.analysis.StemmerVariant;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvalQuery;
import fr.passerelles.eval.EvalSet;
import fr.passerelles.eval.RankMoves;
import fr.passerelles.eval.RankingMetrics;
import fr.passerelles.eval.StockBaseline;
import fr.passerelles.eval.GeneratedSection;
import fr.passerelles.eval.MatchEvaluation;
import fr.passerelles.eval.QualityTable;
import fr.passerelles.eval.SkillQuerySet;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.IndexFields;
import fr.passerelles.match.ExampleVote;
import fr.passerelles.match.MatchTuning;
import fr.passerelles.nlp.NlpModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eval}: match quality of each analysis chain on the labelled development set. Each chain
 * gets its own index under {@code <index>/eval/<chain>} (rebuilt only when its inputs change).
 */
final class EvalCommand {
  static final String DEFAULT_QUERIES = "src/test/resources/eval/queries.jsonl";
  static final String DEFAULT_CHAINS = "stock,light,minimal,light-nosyn";

  private EvalCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    String split = args.flags().get("split");
    EvalSet set = querySet(args.flags().getOrDefault("queries", DEFAULT_QUERIES), split);
    NlpModels models = NlpModels.fromClasspath();
    if (args.flags().containsKey("sweep")) {
      StringBuilder table = new StringBuilder();
      sweep(set, paths, models, new PrintWriter(new java.io.Writer() {
        @Override public void write(char[] c, int o, int l) { table.append(c, o, l); out.write(c, o, l); out.flush(); }
        @Override public void flush() {}
        @Override public void close() {}
      }));
      if (args.flags().containsKey("write")) {
        GeneratedSection.write(Path.of(args.flags().get("write")), "match-sweep",
            "Produced by `bin/passerelles eval --sweep --write docs/quality.md`.\n\n" + table);
      }
      return 0;
    }
    List<MatchEvaluation.Report> reports = new ArrayList<>();
    for (String name : args.flags().getOrDefault("chains", DEFAULT_CHAINS).split(",")) {
      // the matcher variant shares the default chain and its index; only branch-only requests differ
      boolean branchNoSyn = name.strip().equals(BRANCH_NOSYN);
      boolean romeFusion = name.strip().equals(ROME_FUSION);
      Boolean branchVocabulary = name.strip().equals(BRANCH_VOCABULARY) ? Boolean.TRUE
          : name.strip().equals(NO_BRANCH_VOCABULARY) ? Boolean.FALSE : null;
      Double bridge = annexBridge(name.strip());
      Double prior = branchPrior(name.strip());
      PopulationVariant population = populationBridge(name.strip());
      VoteVariant votes = exampleVote(name.strip());
      RomeVoteVariant romeVotes = romeVote(name.strip());
      ExampleVote.RomeNear romeNear = romeNear(name.strip());
      ExampleVote.RomeCentroid romeCentroid = romeCentroid(name.strip());
      Integer maxTerms = maxTerms(name.strip());
      AnalysisChain chain = chain(branchNoSyn || romeFusion || bridge != null || prior != null || population != null
              || branchVocabulary != null || votes != null || romeVotes != null || romeNear != null
              || romeCentroid != null || maxTerms != null ? "light" : name.strip(),
          paths.corpusDir());
      DataPaths evalPaths = new DataPaths(paths.corpusDir(), paths.romeDir(), paths.indexDir().resolve("eval").resolve(chain.id()));
      try (Passerelles p = Passerelles.open(evalPaths, chain, models)) {
        reports.add(branchNoSyn
            ? MatchEvaluation.run(chain.id() + "/branch-nosyn", p.textMatcher().withBranchSynonyms(false), set.queries())
            : romeFusion
            ? MatchEvaluation.run(chain.id() + "/rome-fusion",
                p.textMatcher().withModels(p.textMatcher().matcher().models().withBranchByRome()), set.queries())
            : bridge != null
            ? MatchEvaluation.run(chain.id() + "/bridge-" + bridge, p.textMatcher().withAnnexBridge(bridge), set.queries())
            : population != null
            ? MatchEvaluation.run(chain.id() + "/population-" + population.weight()
                    + (population.gate() > 0 ? "-gate-" + population.gate() : ""),
                p.textMatcher().withPopulationBridge(p.textMatcher().matcher().populationBridge()
                    .withWeight(population.weight()).withGate(population.gate())),
                set.queries())
            : maxTerms != null
            ? MatchEvaluation.run(chain.id() + "/terms-" + maxTerms,
                p.textMatcher().withTuning(MatchTuning.DEFAULT.withMaxTerms(maxTerms)), set.queries())
            : romeCentroid != null
            ? MatchEvaluation.run(chain.id() + "/romecentroid-" + romeCentroid.weight() + "-d" + romeCentroid.depth()
                    + (romeCentroid.voiced() ? "-voiced" : "")
                    + (romeCentroid.plainBelow() > 0 ? "-plain" + romeCentroid.plainBelow() : ""),
                p.textMatcher().withExampleVote(p.textMatcher().matcher().exampleVote().withRomeCentroid(romeCentroid)),
                set.queries())
            : romeNear != null
            ? MatchEvaluation.run(chain.id() + "/romenear-" + romeNear.floor() + "-d" + romeNear.depth(),
                p.textMatcher().withExampleVote(p.textMatcher().matcher().exampleVote().withRomeNear(romeNear)),
                set.queries())
            : romeVotes != null
            ? MatchEvaluation.run(chain.id() + "/romevotes-" + romeVotes.weight()
                    + (romeVotes.gate() > 0 ? "-gate-" + romeVotes.gate() : ""),
                p.textMatcher().withExampleVote(p.textMatcher().matcher().exampleVote().withRome(romeVotes.weight())
                    .withRomeGate(romeVotes.gate())), set.queries())
            : votes != null
            ? MatchEvaluation.run(chain.id() + "/votes-" + votes.weight() + "-k" + votes.k(),
                p.textMatcher().withExampleVote(p.textMatcher().matcher().exampleVote().with(votes.k(), votes.weight())),
                set.queries())
            : prior != null
            ? MatchEvaluation.run(chain.id() + "/prior-" + prior,
                p.textMatcher().withBranchPrior(p.textMatcher().matcher().branchPrior().withWeight(prior)), set.queries())
            : branchVocabulary != null
            ? MatchEvaluation.run(chain.id() + (branchVocabulary ? "/branchvocab" : "/nobranchvocab"),
                p.textMatcher().withTuning(MatchTuning.DEFAULT.withBranchVocabulary(branchVocabulary)), set.queries())
            : MatchEvaluation.run(chain.id(), p.textMatcher(), set.queries()));
      }
    }
    String table = "Queries: `" + set.file() + "`" + (split == null ? "" : ", split " + split) + " (" + set.queries().size() + " queries, sha256 "
        + set.sha256().substring(0, 12) + "); ROME release: " + paths.romeDir().map(p -> "`" + p + "`").orElse("none")
        + "; produced by `bin/passerelles eval" + (split == null ? "" : " --split " + split) + "`.\n\n" + QualityTable.render(reports);
    String[] files = args.flags().getOrDefault("queries", DEFAULT_QUERIES).split(",");
    if (files.length > 1) {
      table += byFile(files, split, reports);
    }
    RankingMetrics stock = stockMoreLikeThis(set, paths);
    if (stock != null) {
      table += String.format(java.util.Locale.ROOT,
          "%nStock FrenchAnalyzer + MoreLikeThis over the ROME sheets (the held-out benchmark's baseline), ROME"
              + " queries: top-1 %.3f, top-3 %.3f, MRR %.3f (%d queries).%n", stock.top1(), stock.top3(), stock.mrr(), stock.queries());
    }
    RankingMetrics stockBranch = stockBranch(set, paths);
    if (stockBranch.queries() > 0) {
      table += String.format(java.util.Locale.ROOT,
          "%nStock FrenchAnalyzer + MoreLikeThis over the branch sheets (title, names, mission, activities, competences;"
              + " borrowed ROME text where a métier has no sheet), branch queries: top-1 %.3f, top-3 %.3f, MRR %.3f (%d queries).%n",
          stockBranch.top1(), stockBranch.top3(), stockBranch.mrr(), stockBranch.queries());
    }
    out.print(table);
    if (args.flags().containsKey("write")) {
      GeneratedSection.write(Path.of(args.flags().get("write")), "match-quality", table);
      out.println("\nwritten to " + args.flags().get("write"));
    }
    for (MatchEvaluation.Report r : reports.subList(1, reports.size())) {
      // the first chain is the reference: which queries each other chain ranks differently
      out.println();
      out.println(r.chain() + " against " + reports.get(0).chain() + ", branch: "
          + RankMoves.between(reports.get(0).branch(), r.branch()).describe());
      out.println(r.chain() + " against " + reports.get(0).chain() + ", ROME: "
          + RankMoves.between(reports.get(0).rome(), r.rome()).describe());
    }
    for (MatchEvaluation.Report r : reports) {
      out.println();
      out.println(r.chain() + " branch misses at rank 1: " + r.branch().failures());
      out.println(r.chain() + " ROME misses at rank 1: " + r.rome().failures());
      if (!r.refused().isEmpty()) {
        out.println(r.chain() + " refused as not French: " + r.refused());
      }
    }
    if (split != null && stock != null) {
      out.println("stock ROME misses at rank 1: " + stock.failures());
    }
    if (split != null && stockBranch.queries() > 0) {
      out.println("stock branch misses at rank 1: " + stockBranch.failures());
    }
    return 0;
  }

  /** A pooled set's figures file by file, from the same runs' per-query ranks. */
  private static String byFile(String[] files, String split, List<MatchEvaluation.Report> reports) {
    StringBuilder b = new StringBuilder();
    for (String f : files) {
      List<String> ids = querySet(f.strip(), split).queries().stream().map(EvalQuery::id).toList();
      b.append("\n`").append(f.strip()).append("` alone:\n\n")
          .append("| chain | branch top-1 | branch top-3 | branch MRR | ROME top-1 | ROME top-3 | ROME MRR |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (MatchEvaluation.Report r : reports) {
        RankingMetrics br = r.branch().restrictedTo(ids);
        RankingMetrics ro = r.rome().restrictedTo(ids);
        b.append(String.format(java.util.Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r.chain(),
            br.top1(), br.top3(), br.mrr(), ro.top1(), ro.top3(), ro.mrr()));
      }
    }
    return b.toString();
  }

  /**
   * The queries of one file, or of several pooled ({@code a.jsonl,b.jsonl}: ids must not clash), of
   * one half when {@code split} is given. A pooled set's checksum is that of its files' checksums.
   */
  static EvalSet querySet(String files, String split) {
    List<EvalSet> sets = new ArrayList<>();
    for (String f : files.split(",")) {
      EvalSet one = EvalSet.load(Path.of(f.strip()));
      sets.add(split == null ? one : one.only(SkillQuerySet.Split.parse(split)));
    }
    if (sets.size() == 1) {
      return sets.get(0);
    }
    List<EvalQuery> queries = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    StringBuilder sums = new StringBuilder();
    for (EvalSet one : sets) {
      for (EvalQuery q : one.queries()) {
        if (!ids.add(q.id())) {
          throw new UsageException("query id " + q.id() + " is in two of the pooled files");
        }
        queries.add(q);
      }
      sums.append(one.sha256());
    }
    try {
      String sum = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(sums.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      return new EvalSet(Path.of(files), sum, List.copyOf(queries));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The held-out benchmark's stock baseline (Lucene's FrenchAnalyzer + MoreLikeThis over the ROME
   * sheets' texts) on the same queries, ROME side only: it has no branch sheets.
   */
  private static RankingMetrics stockMoreLikeThis(EvalSet set, DataPaths paths) throws IOException {
    if (paths.romeDir().isEmpty()) {
      return null;
    }
    RankingMetrics.Accumulator rome = new RankingMetrics.Accumulator();
    try (StockBaseline stock = new StockBaseline(fr.passerelles.rome.RomeRelease.load(paths.romeDir().get()))) {
      for (EvalQuery q : set.queries()) {
        if (!q.rome().isEmpty()) {
          rome.add(q.id(), stock.rank(q.text(), RankingMetrics.MRR_CUTOFF), q.rome()::contains);
        }
      }
    }
    return rome.result();
  }

  /** The same baseline over the branch métiers as the project indexes them, branch queries. */
  private static RankingMetrics stockBranch(EvalSet set, DataPaths paths) throws IOException {
    var corpus = fr.passerelles.corpus.CorpusLoader.load(paths.corpusDir());
    var rome = paths.romeDir().map(fr.passerelles.rome.RomeRelease::load);
    RankingMetrics.Accumulator branch = new RankingMetrics.Accumulator();
    try (StockBaseline stock = StockBaseline.ofBranch(Passerelles.searchableSheets(corpus, rome))) {
      for (EvalQuery q : set.queries()) {
        if (!q.branch().isEmpty()) {
          branch.add(q.id(), stock.rank(q.text(), RankingMetrics.MRR_CUTOFF), q.branch()::contains);
        }
      }
    }
    return branch.result();
  }

  /** Scores a grid of matcher parameters with the default chain: how MatchTuning.DEFAULT was chosen. */
  static int sweep(EvalSet set, DataPaths paths, NlpModels models, PrintWriter out) throws IOException {
    AnalysisChain chain = AnalysisChain.defaultFor(paths.corpusDir());
    DataPaths evalPaths = new DataPaths(paths.corpusDir(), paths.romeDir(), paths.indexDir().resolve("eval").resolve(chain.id()));
    out.println("| tie-breaker | title boost | names boost | item contribution | branch top-1 | branch top-3 | branch MRR | ROME top-3 | ROME MRR |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    try (Passerelles p = Passerelles.open(evalPaths, chain, models)) {
      for (double tw : new double[] {0.1, 0.5, 1.0}) {
        for (float title : new float[] {1f, 2f, 3f}) {
          for (float names : new float[] {1f, 2f}) {
            for (double ic : new double[] {0.3, 0.5}) {
              MatchTuning t = MatchTuning.DEFAULT.withTieBreaker(tw).withItemContribution(ic)
                  .withFieldBoost(IndexFields.TITLE, title).withFieldBoost(IndexFields.NAMES, names);
              var r = MatchEvaluation.run(chain.id(), p.textMatcher().withTuning(t), set.queries());
              out.printf(java.util.Locale.ROOT, "| %.2f | %.0f | %.0f | %.1f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", tw, title, names, ic,
                  r.branch().top1(), r.branch().top3(), r.branch().mrr(), r.rome().top3(), r.rome().mrr());
              out.flush();
            }
          }
        }
      }
    }
    return 0;
  }

  static final String CHAIN_NAMES = "stock, light, light-derivation, minimal, snowball, light-nosyn, light-noapostrophe,"
      + " light-nogender, light-stockstop, light-nofold, light-branchnosyn, light-romefusion, light-bridge[NN], light-priorNN, light-populationNN, light-votesNNkK, light-romevotesNN[tMM], light-branchvocab, light-nobranchvocab";
  /**
   * Not a chain but a matcher variant of {@code light}: branch métiers ranked from the query read
   * without the synonyms, ROME sheets with them (docs/quality.md, "A fourth blind set").
   */
  static final String BRANCH_NOSYN = "light-branchnosyn";
  /**
   * Not a chain but a matcher variant of {@code light}: branch sheets ranked by the two ROME
   * fusions (docs/quality.md, "Branch métiers ranked by the ROME fusion").
   */
  static final String ROME_FUSION = "light-romefusion";
  /** The default chain, a branch-only request querying the branch sheets' words only (on / off). */
  static final String BRANCH_VOCABULARY = "light-branchvocab";
  static final String NO_BRANCH_VOCABULARY = "light-nobranchvocab";
  /**
   * Not a chain but a matcher variant of {@code light}: the annex's bridge from a confident branch
   * métier to its ROME sheets, {@code light-bridge} at β 0.3, {@code light-bridgeNN} at β NN/100
   * (docs/quality.md, "The annex's bridge").
   */
  static final String BRIDGE = "light-bridge";

  /**
   * Not a chain but a matcher variant of {@code light}: the branch métiers' headcount prior at
   * λ NN/100, {@code light-priorNN} (docs/quality.md, "A branch métier's headcount as its prior").
   */
  static final String PRIOR = "light-prior";

  /** The prior's λ named by a chain name, or null when the name is not a prior variant. */
  static Double branchPrior(String name) {
    return hundredths(name, PRIOR, "λ");
  }

  /**
   * Not a chain but a matcher variant of {@code light}: the ROME sheets the branch's people hold at
   * γ NN/100, {@code light-populationNN}, with its own gate MM/100 {@code light-populationNNgMM}
   * (docs/quality.md, "The ROME sheets the branch's people hold", "The population bridge's gate").
   */
  static final String POPULATION = "light-population";

  /** γ and the gate of a population variant (gate 0: the branch model's floor). */
  record PopulationVariant(double weight, double gate) {}

  /** The population bridge's variant named by a chain name, or null when the name is not one. */
  static PopulationVariant populationBridge(String name) {
    double[] v = weightAndGate(name, POPULATION, 'g');
    return v == null ? null : new PopulationVariant(v[0], v[1]);
  }

  /**
   * γ and the gate of a variant named {@code prefix}NN, or {@code prefix}NN{@code separator}MM (both
   * in hundredths; gate 0 when absent), or null when the name has another prefix.
   */
  private static double[] weightAndGate(String name, String prefix, char separator) {
    int at = name.lastIndexOf(separator);
    boolean gated = name.startsWith(prefix) && at > prefix.length();
    Double weight = hundredths(gated ? name.substring(0, at) : name, prefix, "γ");
    return weight == null ? null
        : new double[] {weight, gated ? hundredths(name.substring(at + 1), "", "gate") : 0};
  }

  /**
   * Not a chain but a matcher variant of {@code light}: the labelled texts' vote at γ NN/100 and k
   * neighbours, {@code light-votesNNkK} (docs/quality.md, "Labelled texts as neighbours").
   */
  static final String VOTES = "light-votes";

  /** γ and k of a vote variant. */
  record VoteVariant(double weight, int k) {}

  /**
   * Not a chain but a matcher variant of {@code light}: the labelled texts' vote reaching the ROME
   * sheets at γ NN/100, {@code light-romevotesNN} (docs/quality.md, "The vote on the ROME side").
   */
  static final String ROME_VOTES = "light-romevotes";

  /** γ and the gate of a ROME vote variant ({@code light-romevotesNN}, gated {@code light-romevotesNNtMM}). */
  record RomeVoteVariant(double weight, double gate) {}

  /** The ROME vote named by a chain name, or null when the name is not one. */
  static RomeVoteVariant romeVote(String name) {
    double[] v = weightAndGate(name, ROME_VOTES, 't');
    return v == null ? null : new RomeVoteVariant(v[0], v[1]);
  }

  /**
   * Not a chain but a matcher variant of {@code light}: under the ROME vote's gate, a band from
   * cosine NN/100 where the vote reorders the fusion's first K ROME sheets, {@code light-romenearNNdK}
   * (docs/quality.md, "The ROME vote's near band").
   */
  static final String ROME_NEAR = "light-romenear";

  /** The near band named by a chain name, or null when the name is not one. */
  static ExampleVote.RomeNear romeNear(String name) {
    double[] v = hundredthsAndCount(name, ROME_NEAR, "(\\d{2})", "100 × the band's cosine, K sheets");
    return v == null ? null : new ExampleVote.RomeNear(v[0], (int) v[1]);
  }

  /**
   * {@code prefix + NN + "d" + K} → {NN / 100, K}, null when the name does not start with {@code
   * prefix}; NN as {@code digits} allows.
   */
  private static double[] hundredthsAndCount(String name, String prefix, String digits, String meaning) {
    if (!name.startsWith(prefix)) {
      return null;
    }
    var m = java.util.regex.Pattern.compile(digits + "d(\\d{1,3})").matcher(name.substring(prefix.length()));
    if (!m.matches()) {
      throw new UsageException("unknown chain " + name + " (" + prefix + "NNdK, NN = " + meaning + ")");
    }
    return new double[] {Integer.parseInt(m.group(1)) / 100.0, Integer.parseInt(m.group(2))};
  }

  /**
   * Not a chain but a matcher variant of {@code light}: the ROME sheets' centroids of their labelled
   * texts at γ_C NN/100, K nearest, {@code light-romecentroidNNdK}, for voiced texts only
   * {@code light-romecentroidNNdKv}, for texts under TT/100 of whose task lines open as a ROME
   * definition's {@code light-romecentroidNNdKpTT} (docs/quality.md, "The ROME sheets' centroids",
   * "The centroids where people speak", "The centroids for text not in ROME's style").
   */
  static final String ROME_CENTROID = "light-romecentroid";

  /** The centroids named by a chain name, or null when the name is not one. */
  static ExampleVote.RomeCentroid romeCentroid(String name) {
    // a trailing "v": only for a text whose task lines speak in a person's voice ("The centroids where people speak")
    boolean voiced = name.endsWith("v");
    String rest = voiced ? name.substring(0, name.length() - 1) : name;
    // a trailing "pTT": only for a text under TT/100 of whose task lines open as a ROME definition's
    // ("The centroids for text not in ROME's style")
    double plain = 0;
    var p = java.util.regex.Pattern.compile("p(\\d{2})$").matcher(rest);
    if (rest.startsWith(ROME_CENTROID) && p.find()) {
      plain = Integer.parseInt(p.group(1)) / 100.0;
      rest = rest.substring(0, p.start());
    }
    double[] v = hundredthsAndCount(rest, ROME_CENTROID, "(\\d{2,3})",
        "100 γ_C, K centroids, v: voiced texts only, pTT: texts under TT/100 in ROME's style");
    return v == null ? null : new ExampleVote.RomeCentroid(v[0], (int) v[1], voiced, plain);
  }

  /**
   * Not a chain but a matcher variant of {@code light}: the whole-text query keeps the text's N
   * terms of highest tf·idf, {@code light-termsN} (docs/quality.md, "The whole-text query's length").
   */
  static final String MAX_TERMS = "light-terms";

  /** The whole-text query's length named by a chain name, or null when the name is not one. */
  static Integer maxTerms(String name) {
    if (!name.startsWith(MAX_TERMS)) {
      return null;
    }
    String n = name.substring(MAX_TERMS.length());
    if (!n.matches("\\d{1,4}") || Integer.parseInt(n) < 1) {
      throw new UsageException("unknown chain " + name + " (" + MAX_TERMS + "N, N ≥ 1 terms)");
    }
    return Integer.parseInt(n);
  }

  /** The labelled texts' vote named by a chain name, or null when the name is not one. */
  static VoteVariant exampleVote(String name) {
    if (!name.startsWith(VOTES)) {
      return null;
    }
    var m = java.util.regex.Pattern.compile("(\\d{2,3})k(\\d{1,3})").matcher(name.substring(VOTES.length()));
    if (!m.matches()) {
      throw new UsageException("unknown chain " + name + " (" + VOTES + "NNkK, NN = 100 γ, K neighbours)");
    }
    return new VoteVariant(Integer.parseInt(m.group(1)) / 100.0, Integer.parseInt(m.group(2)));
  }

  /** NN/100 of a chain name {@code prefix}NN, or null when the name has another prefix. */
  private static Double hundredths(String name, String prefix, String parameter) {
    if (!name.startsWith(prefix)) {
      return null;
    }
    String digits = name.substring(prefix.length());
    if (!digits.matches("\\d{2,3}")) {
      throw new UsageException("unknown chain " + name + " (" + prefix + "NN, NN = 100 " + parameter + ")");
    }
    return Integer.parseInt(digits) / 100.0;
  }

  /** The bridge's β named by a chain name, or null when the name is not a bridge variant. */
  static Double annexBridge(String name) {
    if (!name.startsWith(BRIDGE)) {
      return null;
    }
    String digits = name.substring(BRIDGE.length());
    if (digits.isEmpty()) {
      return 0.3;
    }
    if (!digits.matches("\\d{1,2}")) {
      throw new UsageException("unknown chain " + name + " (light-bridge or light-bridgeNN, NN = 100 β)");
    }
    return Integer.parseInt(digits) / 100.0;
  }

  /**
   * A chain by name. Besides the default ({@code light}) and the stock baseline, the ablation's
   * variants: each removes one step of the default chain ({@code -nosyn}, {@code -noapostrophe},
   * {@code -nogender}, {@code -stockstop}: Lucene's French stop set alone, {@code -nofold}), swaps
   * the stemmer ({@code minimal}, {@code snowball}) or adds conflation ({@code light-derivation}).
   */
  static AnalysisChain chain(String name, Path corpusDir) {
    Path synonyms = corpusDir.resolve(AnalysisChain.SYNONYMS_FILE);
    return switch (name) {
      case "stock" -> AnalysisChain.stock();
      case "light" -> AnalysisChain.passerelles(StemmerVariant.LIGHT, synonyms);
      case "light-derivation" -> AnalysisChain.passerelles(StemmerVariant.LIGHT, synonyms, true);
      case "minimal" -> AnalysisChain.passerelles(StemmerVariant.MINIMAL, synonyms);
      case "snowball" -> AnalysisChain.passerelles(StemmerVariant.SNOWBALL, synonyms);
      case "light-nosyn" -> AnalysisChain.passerelles(StemmerVariant.LIGHT, null);
      case "light-noapostrophe" -> variant("noapostrophe", new PasserellesAnalyzer.Steps(false, true, true, true), synonyms);
      case "light-nogender" -> variant("nogender", new PasserellesAnalyzer.Steps(true, false, true, true), synonyms);
      case "light-stockstop" -> variant("stockstop", new PasserellesAnalyzer.Steps(true, true, false, true), synonyms);
      case "light-nofold" -> variant("nofold", new PasserellesAnalyzer.Steps(true, true, true, false), synonyms);
      default -> throw new UsageException("unknown chain " + name + " (" + CHAIN_NAMES + ")");
    };
  }

  /** The default chain (light stemmer, query-time synonyms) with one default step removed. */
  private static AnalysisChain variant(String suffix, PasserellesAnalyzer.Steps steps, Path synonyms) {
    PasserellesAnalyzer index = PasserellesAnalyzer.builder().steps(steps).build();
    PasserellesAnalyzer query = PasserellesAnalyzer.builder().steps(steps).synonyms(synonyms).build();
    return new AnalysisChain("passerelles-light+synonyms-" + suffix, index, query);
  }
}
