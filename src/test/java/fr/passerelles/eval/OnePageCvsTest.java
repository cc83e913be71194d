package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batch measurement's CVs: reproducible, distinct, one page, made of the sheets they name. */
class OnePageCvsTest {
  private static List<String> bullets(String cv) {
    return cv.lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
  }

  @Test
  void the_same_seed_gives_the_same_distinct_one_page_cvs_drawn_from_branch_activities() {
    Corpus corpus = TestCorpus.load();
    OnePageCvs cvs = new OnePageCvs(corpus, null);
    List<OnePageCvs.Cv> first = cvs.generate(100, 14);
    assertEquals(first, new OnePageCvs(corpus, null).generate(100, 14), "reproducible");
    assertNotEquals(first, cvs.generate(100, 15), "another seed, other CVs");
    Set<String> texts = new HashSet<>();
    long chars = 0;
    for (OnePageCvs.Cv cv : first) {
      assertTrue(texts.add(cv.text()), "distinct: " + cv.id());
      String text = cv.text();
      chars += text.length();
      assertTrue(text.length() > 600 && text.length() < 6_000, cv.id() + ": " + text.length() + " characters");
      for (String part : List.of("Expérience professionnelle", "Compétences", "Formation", "Langues et centres d'intérêt")) {
        assertTrue(text.contains("\n" + part + "\n"), cv.id() + " has " + part);
      }
      // the current job's bullets are the named sheet's activities
      Sheet sheet = corpus.sheet(cv.sheet().split("\\+")[0]).orElseThrow();
      String bullet = bullets(text).get(0);
      assertTrue(sheet.activityTexts().anyMatch(a -> a.text().contains(bullet)), cv.id() + " " + bullet);
    }
    long mean = chars / first.size();
    assertTrue(mean > 1_500 && mean < 3_500, "mean " + mean + " characters: one page");
  }

  @Test
  void with_the_rome_release_some_jobs_are_rome_sheets() {
    Path dir = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(dir), "needs the ROME release");
    RomeRelease rome = RomeRelease.load(dir);
    List<OnePageCvs.Cv> cvs = new OnePageCvs(TestCorpus.load(), rome).generate(60, 14);
    List<OnePageCvs.Cv> fromRome = cvs.stream().filter(c -> Character.isLetter(c.sheet().charAt(0))).toList();
    assertTrue(fromRome.size() > 5 && fromRome.size() < 40, fromRome.size() + " of 60 start with a ROME job");
    for (OnePageCvs.Cv cv : fromRome) {
      RomeSheet sheet = rome.sheet(cv.sheet().split("\\+")[0]).orElseThrow();
      assertTrue(sheet.definition().contains(bullets(cv.text()).get(0)), cv.id());
    }
  }
}
