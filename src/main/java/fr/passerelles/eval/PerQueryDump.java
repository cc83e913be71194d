package fr.passerelles.eval;

import fr.passerelles.match.SheetMatch;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Per query, the project's ranked candidates with their score parts, as TSV, for fitting fusion
 * weights: one row per candidate ({@code is_gold} 1 on the right sheet; a query whose gold is not
 * in the top {@link HeldOutBenchmark#DEPTH} has no row with 1). The query text is not written:
 * the ids rebuild it from the release.
 */
public final class PerQueryDump implements Closeable {
  static final String HEADER = "task\tquery\tfold\tgold\trank\tcandidate\tscore\ttextScore\tevidenceScore\tis_gold\ttextAbs\ttitle\twholeRel\ttitleNear\tbodyRel\tnamed\ttitleNeighbours\tlatentRel\tlatentCos\n";

  private final Writer out;

  public PerQueryDump(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write(HEADER);
  }

  void write(BenchQuery q, List<SheetMatch> ranked) {
    try {
      for (int i = 0; i < ranked.size(); i++) {
        SheetMatch m = ranked.get(i);
        out.write(String.format(Locale.ROOT, "%s\t%s\t%d\t%s\t%d\t%s\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f%n",
            q.task().name().toLowerCase(Locale.ROOT), q.id(), q.fold(), q.gold(), i + 1, m.id(), m.score(),
            m.textScore(), m.evidenceScore(), m.id().equals(q.gold()) ? 1 : 0, m.features().textAbs(),
            m.features().title(), m.features().wholeRel(), m.features().titleNear(), m.features().bodyRel(),
            m.features().named() ? 1 : 0, m.features().titleNeighbours(),
            m.features().latentRel(), m.features().latentCos()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
