package fr.passerelles.eval;

import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How the ROME release is cut for held-out benchmarks, from hashes only (no list to edit, no
 * choice made while looking at results):
 *
 * <ul>
 *   <li>train / test by sheet: a sheet is a test sheet when the SHA-256 of {@code "split:" + code}
 *       falls in the first {@link #TEST_SHARE} of the hash range; the train sheets are for tuning;
 *   <li>k leave-out folds by sheet ({@code "fold:" + code}) for the description tasks: fold f's
 *       engine is built from a release whose fold-f sheets have no definition or access text;
 *   <li>k folds by appellation ({@code "appellation:" + code_ogr}) for the title task: fold f's
 *       engine has none of the fold-f synonym appellations (principal ones are never held out).
 * </ul>
 */
public record RomeHoldout(int folds) {
  public static final int DEFAULT_FOLDS = 5;
  public static final double TEST_SHARE = 0.3;

  public RomeHoldout {
    if (folds < 2) {
      throw new IllegalArgumentException("at least 2 folds, got " + folds);
    }
  }

  /** The two halves of the sheets. */
  public enum Split {
    TRAIN,
    TEST;

    public static Split parse(String s) {
      return switch (s) {
        case "train" -> TRAIN;
        case "test" -> TEST;
        default -> throw new IllegalArgumentException("split is train or test, not " + s);
      };
    }
  }

  public Split split(String romeCode) {
    return unit("split:" + romeCode) < TEST_SHARE ? Split.TEST : Split.TRAIN;
  }

  /** The sheet's leave-out fold for the description tasks, in [0, folds). */
  public int fold(String romeCode) {
    return (int) (unit("fold:" + romeCode) * folds);
  }

  /** The appellation's leave-out fold for the title task, in [0, folds). */
  public int appellationFold(int ogr) {
    return (int) (unit("appellation:" + ogr) * folds);
  }

  /** Codes of the sheets whose texts fold {@code f} holds out. */
  public Set<String> heldOutSheets(RomeRelease rome, int f) {
    return rome.sheets().stream().map(RomeSheet::code).filter(c -> fold(c) == f)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** {@code code_ogr} of the synonym appellations fold {@code f} holds out. */
  public Set<Integer> heldOutAppellations(RomeRelease rome, int f) {
    return rome.sheets().stream().flatMap(s -> s.appellations().stream())
        .filter(a -> !a.principal() && appellationFold(a.ogr()) == f)
        .map(RomeSheet.Appellation::ogr).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The release as fold {@code f}'s description engines see it. */
  public RomeRelease forDescriptions(RomeRelease rome, int f) {
    return rome.withoutTexts(heldOutSheets(rome, f));
  }

  /** The release with no sheet's definition or access text (the description tasks' default). */
  public RomeRelease withoutEveryText(RomeRelease rome) {
    return rome.withoutTexts(rome.sheets().stream().map(RomeSheet::code).collect(Collectors.toCollection(TreeSet::new)));
  }

  /** The release as fold {@code f}'s title engines see it. */
  public RomeRelease forTitles(RomeRelease rome, int f) {
    return rome.withoutAppellations(heldOutAppellations(rome, f));
  }

  /** The sheets of one split, in code order. */
  public List<RomeSheet> sheets(RomeRelease rome, Split s) {
    return rome.sheets().stream().filter(sheet -> split(sheet.code()) == s).toList();
  }

  /** A stable number in [0, 1) from the first 8 bytes of the key's SHA-256. */
  static double unit(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 7; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v / (double) (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
