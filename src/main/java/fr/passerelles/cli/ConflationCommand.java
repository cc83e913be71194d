package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.analysis.DerivationalNormalizer;
import fr.passerelles.analysis.DerivationalNormalizer.Conflation;
import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code conflation [--pairs FILE]}: the word → verb pairs the derivational conflation makes over
 * the vocabulary of every indexed item (branch and ROME), with counts by source; {@code --pairs}
 * writes them all (TSV) for review. Only pairs the stemmer did not already make are "new".
 */
final class ConflationCommand {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private ConflationCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    Map<String, Integer> vocabulary = new TreeMap<>();
    try (Passerelles p = Passerelles.open(paths)) {
      for (ItemType type : ItemType.values()) {
        for (ItemRecord item : p.indexes().allItems(type)) {
          Matcher m = WORD.matcher(item.text());
          while (m.find()) {
            vocabulary.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
          }
        }
      }
    }
    DerivationalNormalizer normalizer = DerivationalNormalizer.extended();
    List<String> rows = new ArrayList<>();
    int[] bySource = new int[DerivationalNormalizer.Source.values().length];
    int[] newBySource = new int[bySource.length];
    int words = 0;
    try (PasserellesAnalyzer stems = PasserellesAnalyzer.forIndexing()) {
      for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
        List<Conflation> found = normalizer.explain(e.getKey());
        words += found.isEmpty() ? 0 : 1;
        for (Conflation c : found) {
          String wordStem = String.join(" ", IndexBuilder.analyzedTerms(stems, IndexFields.TEXT, e.getKey()));
          String verbStem = String.join(" ", IndexBuilder.analyzedTerms(stems, IndexFields.TEXT, c.verb()));
          boolean isNew = !wordStem.equals(verbStem);
          bySource[c.source().ordinal()]++;
          newBySource[c.source().ordinal()] += isNew ? 1 : 0;
          rows.add(String.join("\t", e.getKey(), c.verb(), c.source().name().toLowerCase(Locale.ROOT), c.rule(),
              isNew ? "new" : "stemmer", wordStem, verbStem, String.valueOf(e.getValue())));
        }
      }
    }
    out.printf(Locale.ROOT, "vocabulary: %d distinct words of the indexed items; %d have a verb%n",
        vocabulary.size(), words);
    for (DerivationalNormalizer.Source s : DerivationalNormalizer.Source.values()) {
      out.printf(Locale.ROOT, "  %-10s %5d pairs, %5d not already made by the stemmer%n",
          s.name().toLowerCase(Locale.ROOT), bySource[s.ordinal()], newBySource[s.ordinal()]);
    }
    String file = args.flags().get("pairs");
    if (file != null) {
      List<String> lines = new ArrayList<>();
      lines.add("word\tverb\tsource\trule\tnew\twordStem\tverbStem\toccurrences");
      lines.addAll(rows);
      Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
      out.println("pairs written to " + file);
    }
    return 0;
  }
}
