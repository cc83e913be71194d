package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Training needs of a population (métiers with headcounts, or people's own passerelles): every
 * missing competence of every passerelle, merged by competence, counted per degree and weighted by
 * headcount; then grouped into modules by enjeu of ROME's tree, and the certifications the targets
 * ask set apart. Branch competences that stand for the same ROME item are merged under its id, so
 * "Animer, coordonner une équipe" needed by three targets counts three times.
 *
 * <p>Each passerelle is one move a person may make, so it brings the same budget whatever the
 * length of its list: {@code headcount × degree × target}, where degree 1 counts {@link
 * #DEGREE_FACTORS 1}, 2 half, 3 a quarter (the easier moves are the ones a plan can deliver), and a
 * target described by a branch sheet of its own counts fully, one that borrows a generic ROME sheet
 * (or a ROME sheet) {@link #BORROWED}, since most of its items are the generic job's. The budget is
 * shared among the move's missing competences in proportion to {@code key × transversal}: a key
 * gap of the move 1, another {@link #NOT_KEY}; a transversal item (domaine 6: communication,
 * organisation, savoir-être) {@link #TRANSVERSAL} of that. A need's score is the sum of its shares,
 * a module's the sum of its needs'.
 */
final class TrainingPlanner {
  static final double[] DEGREE_FACTORS = {0, 1.0, 0.5, 0.25};
  static final double BORROWED = 0.4;
  static final double NOT_KEY = 0.1;
  static final double TRANSVERSAL = 0.5;
  /** A line of a branch sheet's training box that names a certification rather than a level. */
  private static final Pattern CERTIFICATION_LINE = Pattern.compile(
      "\\b(cqp|certificat\\w*|diplome|titre professionnel|habilitation\\w*|licence|master|doctorat|bts|dut|deust)\\b");

  private final Function<String, MobilityArea> areas;
  private final MetierProfiles profiles;
  private final Map<String, List<Certification>> named = new HashMap<>();
  private final Function<String, Set<String>> titleTerms;

  /** @param titleTerms analyzed terms of a title (index chain) */
  TrainingPlanner(Function<String, MobilityArea> areas, MetierProfiles profiles, Corpus corpus,
      Function<String, Set<String>> titleTerms) {
    this.areas = areas;
    this.profiles = profiles;
    this.titleTerms = titleTerms;
    for (MetierProfile p : profiles.all()) {
      if (p.type() == SheetType.BRANCH) {
        named.put(p.id(), named(corpus, p));
      }
    }
  }

  /** The certifications a branch métier's sheets name in their training and certification boxes. */
  private static List<Certification> named(Corpus corpus, MetierProfile p) {
    List<Certification> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String source : p.sources()) {
      Sheet sheet = corpus.sheet(source).orElse(null);
      if (sheet == null) {
        continue;
      }
      List<String> lines = new ArrayList<>(sheet.training());
      lines.addAll(sheet.certifications());
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (CERTIFICATION_LINE.matcher(DiplomaLevels.fold(line)).find() && seen.add(line)) {
          out.add(new Certification(sheet.id() + "-training-" + (i + 1), line, Certification.REFERENTIAL, 0, List.of()));
        }
      }
    }
    return out;
  }

  /** A métier's (or a person's) passerelles and how many people they stand for. */
  record Group(MobilityArea area, int people) {}

  private static final class Tally {
    final GapCompetence first;
    final String id;
    final int[] degrees = new int[4];
    int acquire;
    int deepen;
    long weight;
    double score;
    final Set<String> targets = new LinkedHashSet<>();

    Tally(String id, GapCompetence first) {
      this.id = id;
      this.first = first;
    }
  }

  private static final class CertificationTally {
    final String text;
    final String source;
    long weight;
    final Set<String> targets = new LinkedHashSet<>();

    CertificationTally(String text, String source) {
      this.text = text;
      this.source = source;
    }
  }

  TrainingNeeds plan(List<Headcount> population) {
    return plan(population, population.stream().map(h -> new Group(areas.apply(h.metier()), h.people())).toList());
  }

  TrainingNeeds plan(List<Headcount> population, List<Group> groups) {
    Tallies t = new Tallies();
    groups.forEach(t::add);
    return t.needs(population);
  }

  /**
   * Needs tallied one group at a time, so a batch keeps the counts, not every person's passerelles.
   * Not thread-safe.
   */
  final class Tallies {
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, CertificationTally> certifications = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> scoreByTargetAndArea = new LinkedHashMap<>();

    void add(Group g) {
      for (Passerelle p : g.area().passerelles().toList()) {
        MetierProfile target = profiles.profile(p.target().id()).orElse(null);
        Map<String, ProfileCompetence> competences = competences(target);
        Set<String> keys = new HashSet<>();
        p.keyGaps().forEach(c -> keys.add(c.id()));
        double budget = g.people() * DEGREE_FACTORS[p.degree()] * (ownSheet(target) ? 1 : BORROWED);
        Map<String, GapCompetence> items = new LinkedHashMap<>(); // one count per passerelle, even when merged
        Map<String, Double> raw = new LinkedHashMap<>();
        for (GapCompetence c : p.missing()) {
          String key = key(c, competences.get(c.id()));
          double r = (keys.contains(c.id()) ? 1 : NOT_KEY) * (c.field() != null && c.field().transversal() ? TRANSVERSAL : 1);
          if (items.putIfAbsent(key, c) == null) {
            raw.put(key, r);
          } else {
            raw.merge(key, r, Math::max);
          }
        }
        double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, GapCompetence> e : items.entrySet()) {
          GapCompetence c = e.getValue();
          Tally t = tallies.computeIfAbsent(e.getKey(), k -> new Tally(k, c));
          t.degrees[p.degree()]++;
          if (c.action() == GapCompetence.Action.ACQUIRE) {
            t.acquire++;
          } else {
            t.deepen++;
          }
          t.weight += g.people();
          double s = budget * raw.get(e.getKey()) / total;
          t.score += s;
          t.targets.add(p.target().id());
          scoreByTargetAndArea.computeIfAbsent(p.target().id(), k -> new HashMap<>()).merge(areaCode(c.area()), s, Double::sum);
        }
        for (Certification named : named.getOrDefault(p.target().id(), List.of())) {
          tally(certifications, named.id(), named.text(), named.source(), g.people(), p.target().id());
        }
        for (GapCompetence c : p.prerequisites()) {
          tally(certifications, c.id(), c.text(), Certification.ROME, g.people(), p.target().id());
        }
        if (target != null) {
          // a counterpart ROME sheet's certification that names the target (the ARM diploma for
          // 0202, through M1609), not the generic diplomas of the ROME job
          Set<String> title = titleTerms.apply(target.title());
          for (ProfileCompetence c : target.counterpartCompetences()) {
            if (c.prerequisite() && c.terms().stream().anyMatch(title::contains)) {
              tally(certifications, c.id(), c.text(), Certification.ROME, g.people(), p.target().id());
            }
          }
        }
      }
    }

    TrainingNeeds needs(List<Headcount> population) {
      List<TrainingNeed> needs = new ArrayList<>();
      for (Tally t : tallies.values()) {
        needs.add(new TrainingNeed(t.id, t.first.text(), t.first.kind(), t.first.field(), t.first.area(), t.degrees[1],
            t.degrees[2], t.degrees[3], t.acquire, t.deepen, t.weight, DegreeRule.round(t.score),
            List.copyOf(t.targets)));
      }
      needs.sort(ORDER);
      List<Certification> certs = new ArrayList<>();
      certifications.forEach((id, c) -> certs.add(new Certification(id, c.text, c.source, c.weight, List.copyOf(c.targets))));
      // what the branch's own sheets name (004's CQP) first, then the most asked
      certs.sort(Comparator.comparing((Certification c) -> !c.source().equals(Certification.REFERENTIAL))
          .thenComparing(Comparator.comparingLong(Certification::weight).reversed()).thenComparing(Certification::id));
      return new TrainingNeeds(population, needs, modules(needs, certs, scoreByTargetAndArea), certs);
    }
  }

  /** Highest score first, then by passerelles of degree 1, 2, 3, then by id. */
  static final Comparator<TrainingNeed> ORDER = Comparator.comparingDouble(TrainingNeed::score).reversed()
      .thenComparing(Comparator.comparingInt(TrainingNeed::degree1).reversed())
      .thenComparing(Comparator.comparingInt(TrainingNeed::degree2).reversed())
      .thenComparing(Comparator.comparingInt(TrainingNeed::degree3).reversed())
      .thenComparing(TrainingNeed::competenceId);

  private static void tally(Map<String, CertificationTally> certifications, String id, String text, String source,
      int people, String target) {
    CertificationTally c = certifications.computeIfAbsent(id, k -> new CertificationTally(text, source));
    if (c.targets.add(target)) {
      c.weight += people;
    }
  }

  private static List<TrainingModule> modules(List<TrainingNeed> needs, List<Certification> certifications,
      Map<String, Map<String, Double>> scoreByTargetAndArea) {
    Map<String, List<TrainingNeed>> byArea = new LinkedHashMap<>();
    for (TrainingNeed n : needs) {
      byArea.computeIfAbsent(areaCode(n.area()), k -> new ArrayList<>()).add(n);
    }
    // a certification belongs to the module that carries most of its targets' needs: the training
    // that prepares for the move it opens
    Map<String, List<String>> certificationsByArea = new HashMap<>();
    for (Certification c : certifications) {
      Map<String, Double> byCode = new HashMap<>();
      c.targets().forEach(t -> scoreByTargetAndArea.getOrDefault(t, Map.of()).forEach((code, s) -> byCode.merge(code, s, Double::sum)));
      byCode.entrySet().stream()
          .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .ifPresent(best -> certificationsByArea.computeIfAbsent(best.getKey(), k -> new ArrayList<>()).add(c.id()));
    }
    List<TrainingModule> out = new ArrayList<>();
    byArea.forEach((code, list) -> {
      CompetenceField area = list.get(0).area();
      Map<String, Double> targets = new LinkedHashMap<>();
      double score = 0;
      for (TrainingNeed n : list) {
        score += n.score();
        n.targets().forEach(t -> targets.merge(t, n.score(), Double::sum));
      }
      List<String> ranked = targets.entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      List<String> certs = certificationsByArea.getOrDefault(code, List.of());
      out.add(new TrainingModule(area, area == null ? TrainingModule.UNPLACED : area.label(), DegreeRule.round(score),
          list, ranked, certs));
    });
    out.sort(Comparator.comparingDouble(TrainingModule::score).reversed().thenComparing(TrainingModule::label));
    return out;
  }

  private static String areaCode(CompetenceField area) {
    return area == null ? "" : area.code();
  }

  /** A branch métier described by a sheet of its own (not a borrowed ROME sheet). */
  private static boolean ownSheet(MetierProfile target) {
    return target != null && target.type() == SheetType.BRANCH && !target.borrowed();
  }

  private static Map<String, ProfileCompetence> competences(MetierProfile target) {
    Map<String, ProfileCompetence> byId = new LinkedHashMap<>();
    if (target != null) {
      target.competences().forEach(c -> byId.put(c.id(), c));
    }
    return byId;
  }

  /** The ROME item a competence is or stands for most strongly, else its own id. */
  private static String key(GapCompetence c, ProfileCompetence pc) {
    return pc == null ? c.id() : pc.romeItem().orElse(c.id());
  }
}
