package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.Certification;
import fr.passerelles.mobility.Headcount;
import fr.passerelles.mobility.TrainingModule;
import fr.passerelles.mobility.TrainingNeed;
import fr.passerelles.mobility.TrainingNeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code training-needs CODE [CODE=HEADCOUNT …]}: the competences the passerelles of one métier, or
 * of a population, miss — most needed first, with the count of passerelles per degree.
 */
final class TrainingNeedsCommand {
  static final String USAGE = "training-needs CODE | CODE=HEADCOUNT ... [--limit N]";
  static final int DEFAULT_LIMIT = 30;

  private TrainingNeedsCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    List<Headcount> population = population(args);
    int limit = args.intFlag("limit", DEFAULT_LIMIT);
    try (Passerelles p = Passerelles.open(paths)) {
      print(p.mobility().trainingNeeds(population), limit, out);
    }
    return 0;
  }

  static List<Headcount> population(Args args) {
    if (args.positionals().size() < 2) {
      throw new UsageException(USAGE);
    }
    List<Headcount> out = new ArrayList<>();
    for (String a : args.positionals().subList(1, args.positionals().size())) {
      int eq = a.indexOf('=');
      if (eq < 0) {
        out.add(new Headcount(a, 1));
        continue;
      }
      try {
        out.add(new Headcount(a.substring(0, eq), Integer.parseInt(a.substring(eq + 1))));
      } catch (NumberFormatException e) {
        throw new UsageException("headcount of " + a.substring(0, eq) + " is not a number: " + a.substring(eq + 1));
      }
    }
    return out;
  }

  /** Needs shown under each module. */
  static final int MODULE_NEEDS = 3;

  static void print(TrainingNeeds needs, int limit, PrintWriter out) {
    out.println("population : " + needs.population().stream().map(h -> h.metier() + "×" + h.people())
        .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "%n%d modules (enjeux du ROME), score décroissant :%n", needs.modules().size());
    for (TrainingModule m : needs.modules().stream().limit(limit).toList()) {
      out.printf(Locale.ROOT, "%7.3f  %-4s %s — %d compétences, vers %s%n", m.score(), m.area() == null ? "?" : m.area().code(),
          m.label(), m.needs().size(), m.targets().stream().limit(5).collect(Collectors.joining(", ")));
      for (TrainingNeed n : m.needs().stream().limit(MODULE_NEEDS).toList()) {
        out.printf(Locale.ROOT, "           %-13s %.3f %s%n", n.competenceId(), n.score(), GapCommand.abbreviate(n.text(), 70));
      }
      if (!m.certifications().isEmpty()) {
        out.println("           certifications : " + String.join(", ", m.certifications().stream().limit(5).toList())
            + (m.certifications().size() > 5 ? " … (" + m.certifications().size() + ")" : ""));
      }
    }
    out.printf(Locale.ROOT, "%n%-13s %6s %6s %3s %3s %3s %4s  %-4s %s%n", "compétence", "score", "poids", "d1", "d2", "d3",
        "acq", "enjeu", "texte");
    for (TrainingNeed n : needs.needs().stream().limit(limit).toList()) {
      out.printf(Locale.ROOT, "%-13s %6.3f %6d %3d %3d %3d %4d  %-4s %s%n", n.competenceId(), n.score(), n.weight(),
          n.degree1(), n.degree2(), n.degree3(), n.toAcquire(), n.area() == null ? "?" : n.area().code(),
          GapCommand.abbreviate(n.text(), 70));
    }
    out.printf(Locale.ROOT, "(%d compétences en tout)%n", needs.needs().size());
    out.printf(Locale.ROOT, "%n%d certifications, à part :%n", needs.certifications().size());
    for (Certification c : needs.certifications().stream().limit(limit).toList()) {
      out.printf(Locale.ROOT, "%-22s %-11s %3d  %s → %s%n", c.id(), c.source(), c.weight(),
          GapCommand.abbreviate(c.text(), 60), String.join(", ", c.targets()));
    }
  }
}
