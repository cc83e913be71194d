package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.Headcount;
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

  static void print(TrainingNeeds needs, int limit, PrintWriter out) {
    out.println("population : " + needs.population().stream().map(h -> h.metier() + "×" + h.people())
        .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "%-13s %6s %3s %3s %3s %4s  %-4s %s%n", "compétence", "poids", "d1", "d2", "d3", "acq", "champ",
        "texte");
    for (TrainingNeed n : needs.needs().stream().limit(limit).toList()) {
      out.printf(Locale.ROOT, "%-13s %6d %3d %3d %3d %4d  %-4s %s%n", n.competenceId(), n.weight(), n.degree1(),
          n.degree2(), n.degree3(), n.toAcquire(), n.field() == null ? "?" : n.field().code(),
          GapCommand.abbreviate(n.text(), 70));
    }
    out.printf(Locale.ROOT, "(%d compétences en tout)%n", needs.needs().size());
  }
}
