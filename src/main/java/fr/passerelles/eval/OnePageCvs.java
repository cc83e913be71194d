package fr.passerelles.eval;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.eval.RomeHoldout.Split;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Distinct one-page CVs for batch measurements, generated reproducibly from a seed and the material
 * the repository carries: a branch sheet's activities (two jobs in three) or a ROME sheet's
 * definition and savoir-faire as the bullet lines of the current job and of an older one, a few of
 * the current sheet's competences under "Compétences", all inside {@link NoiseWrapper}'s CV skeleton (contact lines, dated
 * employers, education, extras from the test half of the {@link NoiseBank}). Never hand-written
 * lists; the same seed gives the same texts.
 */
public final class OnePageCvs {
  /** One generated CV: its id, the sheets it was drawn from ({@code 0102+K2111}), its text. */
  public record Cv(String id, String sheet, String text) {}

  /** A branch CV in {@code BRANCH_SHARE}: the batch tool's population is mostly the branch's. */
  static final double BRANCH_SHARE = 2.0 / 3;

  private final List<Sheet> branch;
  private final List<RomeSheet> rome;
  private final NoiseWrapper noise = new NoiseWrapper(NoiseBank.load(Split.TEST));

  /**
   * @param rome the ROME release, or null: then every CV is drawn from a branch sheet
   */
  public OnePageCvs(Corpus corpus, RomeRelease rome) {
    this.branch = corpus.sheets().stream().filter(s -> s.current() && !s.activities().isEmpty()).toList();
    this.rome = rome == null ? List.of() : rome.sheets().stream()
        .filter(s -> !s.definition().isBlank() && s.savoirFaire().size() >= 4).toList();
    if (branch.isEmpty()) {
      throw new IllegalArgumentException("no branch sheet with activities in the corpus");
    }
  }

  /** {@code count} CVs, each from its own seed ({@code seed}, then the CV's index). */
  public List<Cv> generate(int count, long seed) {
    List<Cv> out = new ArrayList<>(count);
    Set<String> texts = new LinkedHashSet<>();
    for (int i = 0; out.size() < count; i++) {
      if (i > 10 * count + 100) {
        throw new IllegalStateException("cannot draw " + count + " distinct CVs");
      }
      long own = new Random(seed * 1_000_003L + i).nextLong();
      Cv cv = one(String.format(java.util.Locale.ROOT, "cv%03d", out.size() + 1), new Random(own), own);
      if (texts.add(cv.text())) {
        out.add(cv);
      }
    }
    return out;
  }

  private Cv one(String id, Random rnd, long seed) {
    List<String> skills = new ArrayList<>();
    Job current = job(rnd, 10, 6, skills);
    Job before = job(rnd, 4, 3, new ArrayList<>());
    String cv = noise.wrap(String.join("\n", current.bullets()), NoiseWrapper.Flavour.CV, seed);
    // the older job's header is the first line after the current job's bullets: its own bullets
    List<String> lines = new ArrayList<>(cv.lines().toList());
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("- ")) {
        last = i;
      }
    }
    if (last >= 0 && last + 1 < lines.size()) {
      lines.addAll(last + 2, before.bullets().stream().map(b -> "- " + b).toList());
    }
    cv = String.join("\n", lines);
    if (!skills.isEmpty()) {
      // a CV's own "Compétences" block, before its education
      String block = "\n\nCompétences\n" + String.join("\n", skills.stream().map(k -> "- " + k).toList());
      int education = cv.indexOf("\n\nFormation\n");
      cv = education < 0 ? cv + block : cv.substring(0, education) + block + cv.substring(education);
    }
    return new Cv(id, current.sheet() + (before.sheet().equals(current.sheet()) ? "" : "+" + before.sheet()), cv);
  }

  /** One job: the sheet it is drawn from and its bullet lines ({@code least} + up to {@code more}). */
  private record Job(String sheet, List<String> bullets) {}

  private Job job(Random rnd, int least, int more, List<String> skills) {
    List<String> bullets = new ArrayList<>();
    if (rome.isEmpty() || rnd.nextDouble() < BRANCH_SHARE) {
      Sheet s = branch.get(rnd.nextInt(branch.size()));
      bullets.addAll(sample(s.activityTexts().map(Sheet.ActivityText::text).toList(), least + rnd.nextInt(more), rnd));
      skills.addAll(sample(s.competences().stream().map(c -> c.text()).toList(), 3 + rnd.nextInt(4), rnd));
      return new Job(s.id(), bullets);
    }
    RomeSheet s = rome.get(rnd.nextInt(rome.size()));
    bullets.addAll(NoiseWrapper.bulletLines(s.definition()));
    bullets.addAll(sample(s.savoirFaire().stream().map(l -> l.competence().label()).toList(),
        least - 2 + rnd.nextInt(more), rnd));
    skills.addAll(sample(s.savoirs().stream().map(l -> l.competence().label()).toList(), 3 + rnd.nextInt(3), rnd));
    return new Job(s.code(), bullets);
  }

  /** {@code n} distinct items of {@code all} at most, in a random order. */
  private static List<String> sample(List<String> all, int n, Random rnd) {
    List<String> l = new ArrayList<>(new LinkedHashSet<>(all));
    Collections.shuffle(l, rnd);
    return l.subList(0, Math.min(l.size(), Math.max(0, n)));
  }
}
