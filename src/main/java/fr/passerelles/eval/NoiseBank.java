package fr.passerelles.eval;

import fr.passerelles.eval.RomeHoldout.Split;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The template bank of {@code fr/passerelles/eval/noise/*.txt}: job-ad and CV lines that state no
 * task of any job, written once and reviewed for neutrality. Each file's templates alternate
 * between the halves (1st, 3rd… train; 2nd, 4th… test): reported figures use the test half, the
 * train half is for fitting anything (a noise-line classifier, fusion weights).
 */
public final class NoiseBank {
  /** One file of the bank. */
  public enum Kind {
    AD_EMPLOYER("ad-employer"),
    AD_CONDITIONS("ad-conditions"),
    AD_APPLY("ad-apply"),
    CV_HEADER("cv-header"),
    CV_EXPERIENCE("cv-experience"),
    CV_EDUCATION("cv-education"),
    CV_EXTRAS("cv-extras"),
    EMPLOYERS("employers"),
    CITIES("cities"),
    PEOPLE("people");

    private final String file;

    Kind(String file) {
      this.file = file;
    }

    public String file() {
      return file;
    }
  }

  private final Split half;
  private final Map<Kind, List<String>> lines;

  private NoiseBank(Split half, Map<Kind, List<String>> lines) {
    this.half = half;
    this.lines = lines;
  }

  /** The bank's half for {@code split}, from the classpath. */
  public static NoiseBank load(Split half) {
    Map<Kind, List<String>> lines = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      List<String> all = read(k);
      List<String> mine = new ArrayList<>();
      for (int i = half == Split.TRAIN ? 0 : 1; i < all.size(); i += 2) {
        mine.add(all.get(i));
      }
      lines.put(k, List.copyOf(mine));
    }
    return new NoiseBank(half, lines);
  }

  /** Every non-comment line of a file, in file order. */
  static List<String> read(Kind k) {
    String path = "/fr/passerelles/eval/noise/" + k.file() + ".txt";
    try (InputStream in = NoiseBank.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing noise template file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Split half() {
    return half;
  }

  public List<String> lines(Kind k) {
    return lines.get(k);
  }
}
