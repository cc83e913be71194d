package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The few missing competences that matter most in the target (docs/mobility.md § 4, "Key gaps"):
 * each scored by its weight in the target (core item or majority situation), the share of the
 * target's work in its field and its kind; for a target that borrows a ROME sheet, only what that
 * sheet says of the métier counts fully (items sharing a word with its title, then core items), the
 * items a review calls another job's work ({@link BorrowedReview}) not at all, and management items
 * only when the métier manages. What the person most likely holds in other words
 * goes down or out: items the métiers nearest the origin cover ({@link Neighbourhood}), items to
 * deepen (the origin has a partial match: they stay in the full list), items one of the origin's
 * own competences, activities or definition sentences states ({@link StatedItems}), and, on a move inside the
 * branch, knowledge of the employer itself. At most {@link MobilitySettings#keyGaps()},
 * grouped by area (enjeu), the most important area first.
 */
final class KeyGaps {
  /** Enjeux of management and human resources (ROME 1B, 1C). */
  private static final Set<String> MANAGEMENT_AREAS = Set.of("1B", "1C");
  /** Score factor of a competence of the transversal domaine. */
  static final double TRANSVERSAL = 0.5;
  /** Score factor when the origin has a competence under the same objectif of ROME's tree. */
  static final double PRACTISED = 0.5;

  /**
   * Score factor, times the share of the origin's nearest métiers that cover an item: what the jobs
   * around the origin all do, its people most likely do too, in words their own sheet does not use.
   */
  static final double HELD_NEARBY = 1.0;

  /** A knowledge item whose object is the employer: "… de l'entreprise", "son entreprise". */
  private static final java.util.regex.Pattern EMPLOYER =
      java.util.regex.Pattern.compile("(?iu)\\b(?:l'|l’|son |sa )entreprise\\b");

  private final Function<String, Set<String>> titleTerms;
  private final Neighbourhood neighbourhood;
  private final BorrowedReview borrowed;
  private final StatedItems stated;
  private final java.util.function.IntFunction<String> objectif;
  private final java.util.function.ToIntFunction<String> sheets;
  private final double profiles;
  private final int limit;

  /**
   * @param titleTerms analyzed terms of a title (index chain)
   * @param objectif the objectif of ROME's tree a macro-compétence belongs to, null when unknown
   * @param sheets how many profiles list an item (at least 1)
   * @param profiles how many profiles there are
   * @param borrowed the review of borrowed sheets' items that are another job's work
   * @param stated what the origin's own items state in other words, by the evidence judge; null: not read
   */
  KeyGaps(Function<String, Set<String>> titleTerms, java.util.function.IntFunction<String> objectif,
      java.util.function.ToIntFunction<String> sheets, int profiles, int limit, Neighbourhood neighbourhood,
      BorrowedReview borrowed, StatedItems stated) {
    this.titleTerms = titleTerms;
    this.stated = stated;
    this.borrowed = borrowed;
    this.neighbourhood = neighbourhood;
    this.objectif = objectif;
    this.sheets = sheets;
    this.profiles = Math.max(2, profiles);
    this.limit = limit;
  }

  /**
   * How distinctive an item is of the métiers that list it, in (0, 1]: the square root of its IDF
   * over the profiles, normalised. "Mettre à jour un dossier, une base de données" (hundreds of
   * sheets) is something most office jobs already do; "Etablir un état de rapprochement bancaire" is
   * what the target adds.
   */
  double specificity(String id) {
    int df = Math.max(1, sheets.applyAsInt(id));
    return Math.sqrt(Math.log(profiles / df) / Math.log(profiles)) + 1e-3;
  }

  /** @param denied competence ids a person says they do not master: they state nothing of the target */
  List<GapCompetence> select(MetierProfile origin, MetierProfile target, List<GapCompetence> missing,
      Map<String, ProfileCompetence> byId, Set<String> denied) {
    Set<String> practised = new java.util.HashSet<>();
    origin.competences().stream().filter(c -> c.macro() != 0).map(c -> objectif.apply(c.macro()))
        .filter(java.util.Objects::nonNull).forEach(practised::add);
    Map<CompetenceField, Double> share = shares(target);
    Set<String> title = new java.util.HashSet<>();
    if (target.borrowed()) {
      title.addAll(titleTerms.apply(target.title()));
      // a word of the title the origin's own items use says what the two jobs share, not what the
      // target adds ("dossiers" for a chargé d'assistance moving to gestionnaire de dossiers)
      origin.competences().forEach(c -> title.removeAll(c.terms()));
    }
    boolean manages = target.classification() != null && target.classification().management();
    boolean inBranch = described(origin) && described(target);
    List<CompetenceCoverage.Origin> around = neighbourhood == null ? List.of() : neighbourhood.of(origin.id(), target.id());
    Map<GapCompetence, Double> base = new HashMap<>();
    java.util.function.Predicate<String> held = null; // the origin's reading, looked up once, when first asked
    for (GapCompetence g : missing) {
      double s = g.weight() * (1 + share.getOrDefault(g.field(), 0.0)) * kind(g.kind()) * transversal(g)
          * specificity(g.id());
      ProfileCompetence item = byId.get(g.id());
      if (item != null && item.macro() != 0 && practised.contains(objectif.apply(item.macro()))) {
        s *= PRACTISED; // the origin already works towards the same objectif, in other words
      }
      if (g.field() == null) {
        continue; // unplaced (general culture, geography, "son domaine d'activité"): says nothing to learn without its field
      }
      if (inBranch && item != null && employerKnowledge(item)) {
        continue; // knowledge of the employer itself: on a move inside the branch, the person works there
      }
      if (g.action() == GapCompetence.Action.DEEPEN) {
        continue; // the origin has a partial match: what to deepen stays in the full list, key gaps are what to acquire
      }
      if (stated != null && held == null) {
        held = stated.of(origin, denied);
      }
      if (held != null && held.test(g.id())) {
        continue; // one of the origin's own items states it, in other words (the evidence judge): held
      }
      if (target.borrowed()) { // what the sheet says of the métier: its title's words the origin does not use
        if (borrowed.off(target.id(), g.id())) {
          continue; // the review says the borrowed sheet's item is another job's work
        }
        boolean named = item != null && item.terms().stream().anyMatch(title::contains);
        s *= named ? 1.0 : g.weight() >= 1 ? 0.6 : 0.25;
        if (!manages && g.area() != null && MANAGEMENT_AREAS.contains(g.area().code())) {
          continue; // a borrowed sheet's management items are not this métier's
        }
      }
      base.put(g, s);
    }
    Comparator<GapCompetence> byBase = Comparator.comparingDouble((GapCompetence g) -> -base.get(g))
        .thenComparing(GapCompetence::id);
    // the neighbourhood factor is at most 1: walk the items by their score without it and stop once
    // no later item can enter the first `limit`, so most items are never compared with the neighbours
    Map<GapCompetence, Double> score = new HashMap<>();
    java.util.PriorityQueue<Double> best = new java.util.PriorityQueue<>(); // the `limit` highest scores
    for (GapCompetence g : base.keySet().stream().sorted(byBase).toList()) {
      if (best.size() >= limit && base.get(g) < best.peek()) {
        break;
      }
      ProfileCompetence item = byId.get(g.id());
      double s = base.get(g) * (item == null ? 1 : 1 - HELD_NEARBY * Neighbourhood.share(around, item));
      score.put(g, s); // the jobs around the origin do it: its people most likely do too
      best.add(s);
      if (best.size() > limit) {
        best.poll();
      }
    }
    List<GapCompetence> top = score.keySet().stream()
        .sorted(Comparator.comparingDouble((GapCompetence g) -> -score.get(g)).thenComparing(GapCompetence::id))
        .limit(limit).toList();
    Map<String, List<GapCompetence>> byArea = new LinkedHashMap<>(); // first seen = best area first
    for (GapCompetence g : top) {
      byArea.computeIfAbsent(g.area() == null ? "" : g.area().code(), k -> new ArrayList<>()).add(g);
    }
    List<GapCompetence> out = new ArrayList<>();
    byArea.values().forEach(out::addAll);
    return out;
  }

  /** A branch métier described by a sheet of its own (not one that borrows a ROME sheet). */
  private static boolean described(MetierProfile p) {
    return p.type() == fr.passerelles.index.SheetType.BRANCH && !p.borrowed();
  }

  /** A knowledge item (savoir) about the employer itself rather than about a job's techniques. */
  static boolean employerKnowledge(ProfileCompetence c) {
    return "savoir".equals(c.kind()) && EMPLOYER.matcher(c.text()).find();
  }

  private static Map<CompetenceField, Double> shares(MetierProfile target) {
    Map<CompetenceField, Double> mass = target.fieldMass();
    double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<CompetenceField, Double> out = new HashMap<>();
    mass.forEach((f, m) -> out.put(f, total == 0 ? 0 : m / total));
    return out;
  }

  /**
   * The transversal domaine 6 (communication, organisation, savoir-être: every job has it, § 1)
   * after the job's own domaines.
   */
  private static double transversal(GapCompetence g) {
    return g.area() != null && g.area().transversal() ? TRANSVERSAL : 1;
  }

  /** Know-how first: a savoir-être or a language says less about what one must learn for the job. */
  private static double kind(String kind) {
    if (kind == null) {
      return 1;
    }
    return switch (kind) {
      case "savoir-faire" -> 1.0;
      case "savoir" -> 0.8;
      default -> 0.6;
    };
  }
}
