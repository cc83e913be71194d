package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind sets written as whole test sets (ads, CVs and descriptions, each read once): their
 * records as each README describes them. A new set is one more row.
 */
class BlindSetsTest {
  /**
   * @param n the set's number ({@code real-style-N.jsonl}, ids {@code rsN-…})
   * @param ads ads, {@code rsN-aNN}
   * @param cvs CVs, {@code rsN-vNN}
   * @param descriptions descriptions, {@code rsN-dNN}
   * @param branchLabelled records with a branch label
   * @param romeLabelled records with a ROME label
   * @param branchPattern the branch codes the set uses (specialist sub-sheets or not)
   */
  record BlindSet(int n, int ads, int cvs, int descriptions, int branchLabelled, int romeLabelled, String branchPattern) {
    EvalSet load() {
      return EvalSet.load(Path.of("src/test/resources/eval/real-style-" + n + ".jsonl"));
    }

    @Override
    public String toString() {
      return "real-style-" + n;
    }
  }

  static Stream<BlindSet> sets() {
    return Stream.of(
        new BlindSet(5, 12, 10, 10, 19, 30, "0[1-9]0\\d"),
        new BlindSet(6, 12, 12, 12, 21, 34, "0[1-9]0\\d"),
        new BlindSet(7, 12, 12, 12, 19, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(8, 12, 12, 12, 24, 34, "0[1-9]0\\d"),
        new BlindSet(9, 12, 12, 12, 16, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(10, 12, 12, 12, 21, 32, "0[1-9]0\\d"),
        new BlindSet(11, 12, 12, 12, 20, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(12, 12, 12, 12, 24, 32, "0[1-9]0\\d"),
        new BlindSet(13, 12, 12, 12, 22, 36, "0[1-9]0\\d"),
        new BlindSet(14, 12, 12, 12, 18, 34, "0[1-9]0\\d"),
        new BlindSet(15, 12, 12, 12, 19, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(16, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(17, 12, 12, 12, 16, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(18, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(19, 12, 12, 12, 13, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(20, 12, 12, 12, 20, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(21, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(22, 12, 12, 12, 20, 34, "0[1-9]0\\d"),
        new BlindSet(23, 12, 12, 12, 19, 33, "0[1-9]0\\d"),
        new BlindSet(24, 12, 12, 12, 15, 35, "0[1-9]0\\d"),
        new BlindSet(25, 12, 12, 12, 19, 32, "0[1-9]0\\d"),
        new BlindSet(26, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(27, 12, 12, 12, 20, 34, "0[1-9]0\\d"),
        new BlindSet(28, 12, 12, 12, 21, 34, "0[1-9]0\\d"),
        new BlindSet(29, 12, 12, 12, 17, 33, "0[1-9]0\\d"),
        new BlindSet(30, 12, 12, 12, 20, 32, "0[1-9]0\\d"),
        new BlindSet(31, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(32, 12, 12, 12, 18, 33, "0[1-9]0\\d"),
        new BlindSet(33, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(34, 12, 12, 12, 18, 33, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(35, 12, 12, 12, 17, 32, "0[1-9]0\\d"),
        new BlindSet(36, 12, 12, 12, 17, 35, "0[1-9]0\\d"),
        new BlindSet(37, 12, 12, 12, 19, 32, "0[1-9]0\\d"),
        new BlindSet(38, 12, 12, 12, 19, 35, "0[1-9]0\\d"),
        new BlindSet(39, 12, 12, 12, 20, 34, "0[1-9]0\\d"),
        new BlindSet(40, 12, 12, 12, 17, 33, "0[1-9]0\\d"),
        new BlindSet(41, 12, 12, 12, 17, 32, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(42, 12, 12, 12, 22, 33, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(43, 12, 12, 12, 18, 32, "0[1-9]0\\d"),
        new BlindSet(44, 12, 12, 12, 18, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(45, 12, 12, 12, 18, 33, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(46, 12, 12, 12, 19, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(47, 12, 12, 12, 20, 33, "0[1-9]0\\d"),
        new BlindSet(48, 12, 12, 12, 20, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(49, 12, 12, 12, 20, 33, "0[1-9]0\\d"),
        new BlindSet(50, 12, 12, 12, 19, 32, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(51, 12, 12, 12, 18, 33, "0[1-9]0\\d"),
        new BlindSet(52, 12, 12, 12, 20, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(53, 12, 12, 12, 16, 33, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(54, 12, 12, 12, 13, 34, "0[1-9]0\\d"),
        new BlindSet(55, 12, 12, 12, 17, 35, "0[1-9]0\\d"),
        new BlindSet(56, 12, 12, 12, 18, 36, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(57, 12, 12, 12, 19, 35, "0[1-9]0\\d"),
        new BlindSet(58, 12, 12, 12, 17, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(59, 12, 12, 12, 17, 34, "0[1-9]0\\d"),
        new BlindSet(60, 12, 12, 12, 19, 33, "0[1-9]0\\d"),
        new BlindSet(61, 12, 12, 12, 18, 33, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(62, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(63, 12, 12, 12, 16, 34, "0[1-9]0\\d"),
        new BlindSet(64, 12, 12, 12, 20, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(65, 12, 12, 12, 20, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(66, 12, 12, 12, 22, 34, "0[1-9]0\\d"),
        new BlindSet(67, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(68, 12, 12, 12, 21, 33, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(69, 12, 12, 12, 20, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(70, 12, 12, 12, 21, 32, "0[1-9]0\\d"),
        new BlindSet(71, 12, 12, 12, 17, 34, "0[1-9]0\\d"),
        new BlindSet(72, 12, 12, 12, 18, 34, "0[1-9]0\\d"),
        new BlindSet(73, 12, 12, 12, 16, 32, "0[1-9]0\\d"),
        new BlindSet(74, 12, 12, 12, 18, 34, "0[1-9]0\\d"),
        new BlindSet(75, 12, 12, 12, 17, 33, "0[1-9]0\\d"),
        new BlindSet(76, 12, 12, 12, 21, 34, "0[1-9]0\\d"),
        new BlindSet(77, 12, 12, 12, 20, 32, "0[1-9]0\\d"),
        new BlindSet(78, 12, 12, 12, 21, 33, "0[1-9]0\\d"),
        new BlindSet(79, 12, 12, 12, 21, 34, "0[1-9]0\\d"),
        new BlindSet(80, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(81, 12, 12, 12, 19, 32, "0[1-9]0\\d"),
        new BlindSet(82, 12, 12, 12, 18, 33, "0[1-9]0\\d"),
        new BlindSet(83, 12, 12, 12, 23, 33, "0[1-9]0\\d"),
        new BlindSet(84, 12, 12, 12, 18, 33, "0[1-9]0\\d"),
        new BlindSet(85, 12, 12, 12, 20, 34, "0[1-9]0\\d"),
        new BlindSet(86, 12, 12, 12, 15, 33, "0[1-9]0\\d"),
        new BlindSet(87, 12, 12, 12, 18, 32, "0[1-9]0\\d"),
        new BlindSet(88, 12, 12, 12, 18, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(89, 12, 12, 12, 20, 34, "0[1-9]0\\d"),
        new BlindSet(90, 12, 12, 12, 19, 33, "0[1-9]0\\d"),
        new BlindSet(91, 12, 12, 12, 21, 32, "0[1-9]0\\d"),
        new BlindSet(92, 12, 12, 12, 22, 34, "0[1-9]0\\d"),
        new BlindSet(93, 12, 12, 12, 21, 33, "0[1-9]0\\d"),
        new BlindSet(94, 12, 12, 12, 21, 34, "0[1-9]0\\d"),
        new BlindSet(95, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(96, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(97, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(98, 12, 12, 12, 18, 33, "0[1-9]0\\d"),
        new BlindSet(99, 12, 12, 12, 17, 34, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(100, 12, 12, 12, 19, 35, "0[1-9]0\\d(-\\d{2})?"),
        new BlindSet(101, 12, 12, 12, 19, 34, "0[1-9]0\\d"),
        new BlindSet(102, 12, 12, 12, 20, 34, "0[1-9]0\\d"));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void ads_cvs_and_descriptions_each_labelled(BlindSet s) {
    EvalSet set = s.load();
    String prefix = "rs" + s.n() + "-";
    assertEquals(s.ads() + s.cvs() + s.descriptions(), set.queries().size());
    BlindSetRecords.check(set, "rs" + s.n() + "-[adv]\\d{2}",
        id -> switch (id.charAt(prefix.length())) { case 'v' -> "cv"; case 'd' -> "description"; default -> "ad"; },
        s.branchPattern());
    assertEquals(List.of((long) s.ads(), (long) s.cvs(), (long) s.descriptions()), List.of(
        BlindSetRecords.count(set, prefix + "a"), BlindSetRecords.count(set, prefix + "v"), BlindSetRecords.count(set, prefix + "d")));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void the_label_counts_are_those_the_readme_reports(BlindSet s) {
    EvalSet set = s.load();
    assertEquals(s.branchLabelled(), set.queries().stream().filter(q -> !q.branch().isEmpty()).count());
    assertEquals(s.romeLabelled(), set.queries().stream().filter(q -> !q.rome().isEmpty()).count());
  }
}
