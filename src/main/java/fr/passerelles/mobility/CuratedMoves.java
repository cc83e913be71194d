package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Evolution;
import fr.passerelles.corpus.MobilityReferential;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The moves the referential states for a métier, merged by target: 004's passerelles with their
 * level, 000's worked example, 001's evolutions (no degree) and, for a ROME sheet, its mobility
 * links (no degree). When two sources state the same target, the current sheet's degree wins.
 */
final class CuratedMoves {
  static final String ROME = "rome";

  private final Corpus corpus;
  private final Optional<RomeRelease> rome;
  private final MetierProfiles profiles;
  private final Function<String, List<String>> terms;

  /** @param terms analyzed terms of a title (index chain), to find a named sub-sheet */
  CuratedMoves(Corpus corpus, Optional<RomeRelease> rome, MetierProfiles profiles, Function<String, List<String>> terms) {
    this.corpus = corpus;
    this.rome = rome;
    this.profiles = profiles;
    this.terms = terms;
  }

  /** The stated moves with a target in a nomenclature, in the order first stated. */
  List<CuratedMove> of(MetierProfile origin) {
    Map<String, CuratedMove> moves = new LinkedHashMap<>();
    if (origin.type() == SheetType.ROME) {
      rome.flatMap(r -> r.sheet(origin.id())).ifPresent(s -> {
        for (RomeSheet.MobilityLink l : s.mobility()) {
          add(moves, origin, new CuratedMove(l.targetCode(), null, List.of(ROME), null, l.rank()));
        }
      });
      return List.copyOf(moves.values());
    }
    List<Sheet> versions = sheets(origin);
    for (Sheet s : versions.reversed()) { // current first: its stated degrees win
      for (fr.passerelles.corpus.Passerelle p : s.passerelles()) {
        String target = p.target() != null ? p.target() : p.target2024();
        add(moves, origin, new CuratedMove(target, p.degree(), List.of(s.source()), p.text(), 0));
      }
    }
    MobilityReferential mobility = corpus.mobility();
    for (MobilityReferential.Example e : mobility.examples()) {
      if (e.from().equals(origin.id())) {
        for (MobilityReferential.ExampleDegree d : e.degrees()) {
          for (MobilityReferential.ExampleTarget t : d.targets()) {
            add(moves, origin, new CuratedMove(t.code(), d.degree(), List.of(mobility.source()), t.text(), 0));
          }
        }
      }
    }
    for (Sheet s : versions) {
      for (Evolution ev : s.evolutions()) {
        if (ev.target() != null) {
          add(moves, origin, new CuratedMove(resolve(ev.target(), ev.text()), null, List.of(s.source()), ev.text(), 0));
        }
      }
    }
    return List.copyOf(moves.values());
  }

  /** Stated moves towards jobs that are not métiers of the nomenclatures. */
  List<StatedMove> unresolved(MetierProfile origin) {
    List<StatedMove> out = new ArrayList<>();
    if (origin.type() == SheetType.BRANCH) {
      for (Sheet s : sheets(origin)) {
        for (Evolution ev : s.evolutions()) {
          if (ev.target() == null) {
            out.add(new StatedMove(ev.text(), s.source()));
          }
        }
        for (fr.passerelles.corpus.Passerelle p : s.passerelles()) {
          if (p.target() == null && p.target2024() == null) {
            out.add(new StatedMove(p.text(), s.source()));
          }
        }
      }
    }
    return out;
  }

  /** The branch sheets that state the origin's moves: its versions, or the sub-sheet itself. */
  private List<Sheet> sheets(MetierProfile origin) {
    Optional<Sheet> own = corpus.sheet(origin.id()).filter(s -> s.parentSheet() != null);
    return own.map(List::of).orElseGet(() -> corpus.versions(origin.id()));
  }

  /**
   * A target stated as an umbrella métier (0104) but named as one of its specialists ("Patrouilleur
   * (f/h)") is that sub-sheet: the one whose title holds every analyzed term of the text.
   */
  private String resolve(String target, String text) {
    Optional<MetierProfile> p = profiles.profile(target);
    if (p.isEmpty() || !p.get().umbrella()) {
      return target;
    }
    List<String> wanted = terms.apply(text);
    List<MetierProfile> subs = profiles.all().stream()
        .filter(s -> target.equals(s.parent()))
        .filter(s -> !wanted.isEmpty() && terms.apply(s.title()).containsAll(wanted))
        .toList();
    return subs.size() == 1 ? subs.get(0).id() : target;
  }

  private static void add(Map<String, CuratedMove> moves, MetierProfile origin, CuratedMove m) {
    if (m.targetId().equals(origin.id())) {
      return;
    }
    moves.merge(m.targetId(), m, (a, b) -> {
      List<String> refs = new ArrayList<>(a.references());
      b.references().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
      return new CuratedMove(a.targetId(), a.statedDegree() != null ? a.statedDegree() : b.statedDegree(), refs,
          a.text() != null ? a.text() : b.text(), a.romeRank());
    });
  }
}
