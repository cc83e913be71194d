package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.eval.NoiseBank.Kind;
import fr.passerelles.eval.RomeHoldout.Split;
import fr.passerelles.index.RomeSheets;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the held-out benchmarks are cut, masked and wrapped, on the real ROME release. */
class HeldOutConstructionTest {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
  private static RomeRelease rome;
  private static final RomeHoldout HOLDOUT = new RomeHoldout(RomeHoldout.DEFAULT_FOLDS);

  @BeforeAll
  static void load() {
    Path dir = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(dir), "needs the ROME release");
    rome = RomeRelease.load(dir);
  }

  @Test
  void train_and_test_are_disjoint_cover_every_sheet_and_test_is_about_30_percent() {
    Set<String> train = codes(HOLDOUT.sheets(rome, Split.TRAIN));
    Set<String> test = codes(HOLDOUT.sheets(rome, Split.TEST));
    assertTrue(train.stream().noneMatch(test::contains));
    assertEquals(rome.sheets().size(), train.size() + test.size());
    double share = test.size() / (double) rome.sheets().size();
    assertTrue(share > 0.26 && share < 0.34, "test share " + share);
    int[] perFold = new int[HOLDOUT.folds()];
    rome.sheets().forEach(s -> perFold[HOLDOUT.fold(s.code())]++);
    for (int n : perFold) {
      assertTrue(n > 0.16 * rome.sheets().size() && n < 0.24 * rome.sheets().size(), "fold size " + n);
    }
  }

  @Test
  void a_fold_release_has_no_text_of_its_sheets_and_keeps_everything_else() {
    RomeRelease filtered = HOLDOUT.forDescriptions(rome, 0);
    int held = 0;
    for (RomeSheet s : rome.sheets()) {
      RomeSheet f = filtered.sheet(s.code()).orElseThrow();
      if (HOLDOUT.fold(s.code()) == 0) {
        held++;
        assertEquals("", f.definition() + f.access(), s.code());
        // the definition sentences are the sheet's activity items: none must remain
        assertTrue(RomeSheets.of(f).activities().isEmpty(), s.code());
        assertEquals(s.appellations(), f.appellations());
      } else {
        assertEquals(s, f);
      }
    }
    assertEquals(HOLDOUT.heldOutSheets(rome, 0).size(), held);
  }

  @Test
  void a_fold_release_has_none_of_its_held_out_appellations_but_keeps_principal_ones() {
    Set<Integer> heldOut = HOLDOUT.heldOutAppellations(rome, 1);
    assertFalse(heldOut.isEmpty());
    RomeRelease filtered = HOLDOUT.forTitles(rome, 1);
    int before = 0;
    int after = 0;
    for (RomeSheet s : rome.sheets()) {
      RomeSheet f = filtered.sheet(s.code()).orElseThrow();
      before += s.appellations().size();
      after += f.appellations().size();
      assertTrue(f.appellations().stream().noneMatch(a -> heldOut.contains(a.ogr())), s.code());
      assertEquals(s.appellations().stream().filter(RomeSheet.Appellation::principal).toList(),
          f.appellations().stream().filter(RomeSheet.Appellation::principal).toList());
      assertEquals(s.definition(), f.definition());
    }
    assertEquals(before - heldOut.size(), after);
    // the held-out long labels are gone from the searchable names of the ROME sheets
    Set<String> heldLabels = rome.sheets().stream().flatMap(s -> s.appellations().stream())
        .filter(a -> heldOut.contains(a.ogr())).map(RomeSheet.Appellation::longLabel).collect(Collectors.toSet());
    Set<String> remaining = RomeSheets.from(filtered).stream().flatMap(s -> s.names().stream()).collect(Collectors.toSet());
    long stillThere = heldLabels.stream().filter(remaining::contains).count();
    // only labels that another appellation of some sheet spells identically can remain
    Set<String> keptLabels = filtered.sheets().stream().flatMap(s -> s.appellations().stream())
        .map(RomeSheet.Appellation::longLabel).collect(Collectors.toSet());
    assertEquals(heldLabels.stream().filter(keptLabels::contains).count(), stillThere);
  }

  @Test
  void masked_queries_contain_none_of_the_sheets_name_words_and_stay_french() {
    CharArraySet stop = FrenchAnalyzer.getDefaultStopSet();
    Map<BenchTask, List<BenchQuery>> queries = BenchQueries.build(rome, HOLDOUT, Split.TEST, 0, 10);
    int kept = 0;
    int total = 0;
    for (BenchQuery q : queries.get(BenchTask.MASKED)) {
      RomeSheet s = rome.sheet(q.gold()).orElseThrow();
      Set<String> names = new HashSet<>(words(s.title()));
      s.appellations().forEach(a -> {
        names.addAll(words(a.longLabel()));
        names.addAll(words(a.shortLabel()));
      });
      names.removeIf(w -> w.length() < 2 || stop.contains(w));
      for (String w : words(q.text())) {
        assertFalse(names.contains(w), q.id() + " still has the name word " + w + ": " + q.text());
      }
      kept += words(q.text()).size();
      total += words(BenchQueries.description(s)).size();
    }
    assertTrue(kept > 0.6 * total, "masking should leave most of the text: " + kept + " of " + total);
    BenchQuery bucheron = queries.get(BenchTask.MASKED).stream().filter(q -> q.gold().equals("A1201")).findFirst()
        .orElseThrow();
    assertFalse(bucheron.text().toLowerCase(java.util.Locale.ROOT).contains("bûcheron"));
    assertTrue(bucheron.text().contains("Abat, écorce et débite les arbres"), bucheron.text());
  }

  @Test
  void the_title_scope_masks_the_titles_words_only_and_keeps_more_text() {
    Map<BenchTask, List<BenchQuery>> names = BenchQueries.build(rome, HOLDOUT, Split.TEST, 0, 10);
    Map<BenchTask, List<BenchQuery>> title = BenchQueries.build(rome, HOLDOUT, Split.TEST, 0, 10, NameMask.Scope.TITLE);
    int keptByTitle = 0;
    int keptByNames = 0;
    int appellationWordsKept = 0;
    for (int i = 0; i < title.get(BenchTask.MASKED).size(); i++) {
      BenchQuery q = title.get(BenchTask.MASKED).get(i);
      assertEquals(q.gold(), names.get(BenchTask.MASKED).get(i).gold());
      RomeSheet s = rome.sheet(q.gold()).orElseThrow();
      Set<String> titleWords = new HashSet<>(words(s.title()));
      titleWords.removeIf(w -> w.length() < 2 || FrenchAnalyzer.getDefaultStopSet().contains(w));
      List<String> text = words(q.text());
      for (String w : text) {
        assertFalse(titleWords.contains(w), q.id() + " still has the title word " + w);
      }
      Set<String> otherNames = new HashSet<>();
      s.appellations().forEach(a -> otherNames.addAll(words(a.longLabel())));
      otherNames.removeAll(titleWords);
      appellationWordsKept += (int) text.stream().filter(otherNames::contains).count();
      keptByTitle += text.size();
      keptByNames += words(names.get(BenchTask.MASKED).get(i).text()).size();
    }
    assertTrue(keptByTitle > keptByNames, keptByTitle + " words kept by the title scope, " + keptByNames + " by the names");
    assertTrue(appellationWordsKept > 0, "the title scope keeps the other appellations' words");
  }

  @Test
  void title_queries_are_synonym_appellations_of_the_split_capped_by_a_stable_sample() {
    List<BenchQuery> all = BenchQueries.build(rome, HOLDOUT, Split.TEST, 0, 0).get(BenchTask.TITLE);
    List<BenchQuery> capped = BenchQueries.build(rome, HOLDOUT, Split.TEST, 0, 500).get(BenchTask.TITLE);
    assertEquals(500, capped.size());
    assertTrue(all.containsAll(capped));
    assertEquals(capped, BenchQueries.build(rome, HOLDOUT, Split.TEST, 0, 500).get(BenchTask.TITLE));
    for (BenchQuery q : all) {
      RomeSheet s = rome.sheet(q.gold()).orElseThrow();
      assertEquals(Split.TEST, HOLDOUT.split(s.code()));
      int ogr = Integer.parseInt(q.id().substring(q.id().indexOf('/') + 1));
      RomeSheet.Appellation a = s.appellations().stream().filter(x -> x.ogr() == ogr).findFirst().orElseThrow();
      assertFalse(a.principal());
      assertEquals(a.longLabel(), q.text());
      assertEquals(HOLDOUT.appellationFold(ogr), q.fold());
    }
  }

  @Test
  void template_halves_are_disjoint_and_each_has_at_least_20_templates() {
    NoiseBank train = NoiseBank.load(Split.TRAIN);
    NoiseBank test = NoiseBank.load(Split.TEST);
    for (Kind k : Kind.values()) {
      Set<String> a = new HashSet<>(train.lines(k));
      Set<String> b = new HashSet<>(test.lines(k));
      assertTrue(a.stream().noneMatch(b::contains), k.file());
      assertEquals(NoiseBank.read(k).size(), a.size() + b.size(), k.file() + " has duplicate lines");
      if (k.file().startsWith("ad-") || k.file().startsWith("cv-")) {
        assertTrue(a.size() >= 20 && b.size() >= 20, k.file());
      }
    }
  }

  @Test
  void noise_keeps_the_description_and_comes_only_from_its_half() {
    NoiseWrapper wrapper = new NoiseWrapper(NoiseBank.load(Split.TEST));
    List<Pattern> trainEmployers = patterns(NoiseBank.load(Split.TRAIN).lines(Kind.AD_EMPLOYER));
    List<Pattern> testEmployers = patterns(NoiseBank.load(Split.TEST).lines(Kind.AD_EMPLOYER));
    List<Pattern> trainEducation = patterns(NoiseBank.load(Split.TRAIN).lines(Kind.CV_EDUCATION));
    String description = BenchQueries.description(rome.sheet("D1408").orElseThrow());
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      String ad = wrapper.wrap(description, NoiseWrapper.Flavour.AD, seed);
      assertTrue(ad.contains(description), ad);
      assertFalse(ad.contains("{"), ad);
      String employer = ad.substring(0, ad.indexOf("\n\n"));
      assertTrue(testEmployers.stream().anyMatch(p -> p.matcher(employer).matches()), employer);
      assertTrue(trainEmployers.stream().noneMatch(p -> p.matcher(employer).matches()), employer);
      assertEquals(ad, wrapper.wrap(description, NoiseWrapper.Flavour.AD, seed));
      seen.add(ad);

      String cv = wrapper.wrap(description, NoiseWrapper.Flavour.CV, seed);
      assertFalse(cv.contains("{"), cv);
      for (String line : NoiseWrapper.bulletLines(description)) {
        assertTrue(cv.contains("- " + line + "\n"), line);
      }
      String education = cv.substring(cv.indexOf("\n\nFormation\n") + "\n\nFormation\n".length());
      for (String line : education.substring(0, education.indexOf("\n\n")).split("\n")) {
        assertTrue(trainEducation.stream().noneMatch(p -> p.matcher(line).matches()), line);
      }
    }
    assertTrue(seen.size() > 25, "seeds should vary the noise");
    assertNotEquals(wrapper.wrap(description, NoiseWrapper.Flavour.AD, 1), wrapper.wrap(description, NoiseWrapper.Flavour.CV, 1));
  }

  /** A template as a regex: placeholders match any text. */
  private static List<Pattern> patterns(List<String> templates) {
    List<Pattern> out = new ArrayList<>();
    for (String t : templates) {
      String[] parts = t.split("\\{[a-z_]+\\}", -1);
      StringBuilder re = new StringBuilder(Pattern.quote(parts[0]));
      for (int i = 1; i < parts.length; i++) {
        re.append(".+").append(Pattern.quote(parts[i]));
      }
      out.add(Pattern.compile(re.toString()));
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text);
    while (m.find()) {
      out.add(NameMask.fold(m.group()));
    }
    return out;
  }

  private static Set<String> codes(List<RomeSheet> sheets) {
    return sheets.stream().map(RomeSheet::code).collect(Collectors.toSet());
  }
}
