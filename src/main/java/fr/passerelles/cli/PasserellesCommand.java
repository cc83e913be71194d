package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.AiExposure;
import fr.passerelles.mobility.ClassificationCheck;
import fr.passerelles.mobility.CompetenceField;
import fr.passerelles.mobility.DegreeGroup;
import fr.passerelles.mobility.GapCompetence;
import fr.passerelles.mobility.MobilityArea;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.Passerelle;
import fr.passerelles.mobility.StatedMove;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code passerelles CODE}: the métier's passerelles grouped by degree, referential and computed. */
final class PasserellesCommand {
  static final String USAGE = "passerelles CODE [--scope branch|rome|all] [--missing N]";
  static final int DEFAULT_MISSING = 4;

  private PasserellesCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    String code = args.positional(1, USAGE);
    int missing = args.intFlag("missing", DEFAULT_MISSING);
    try (Passerelles p = Passerelles.open(paths)) {
      MobilityArea area = args.flags().containsKey("scope")
          ? p.mobility().passerelles(code, MobilityScope.parse(args.flags().get("scope")))
          : p.mobility().passerelles(code);
      print(area, missing, out);
    }
    return 0;
  }

  static void print(MobilityArea area, int missing, PrintWriter out) {
    out.printf(Locale.ROOT, "%s %s — niveau de classification %s%n", area.origin().id(), area.origin().title(),
        area.classificationLevel() == null ? "inconnu (règle non applicable)" : area.classificationLevel());
    for (DegreeGroup g : area.degrees()) {
      out.println();
      out.printf(Locale.ROOT, "Degré %d — %s (%d)%n", g.degree(), g.label(), g.passerelles().size());
      for (Passerelle p : g.passerelles()) {
        out.printf(Locale.ROOT, "  %-11s %-8s %s%s%n", p.source(), p.target().id(), p.target().title(), details(p));
        if (!p.gapKnown()) {
          out.println("      pas de fiche à comparer");
          continue;
        }
        out.printf(Locale.ROOT, "      recouvrement %.3f, déjà acquis %.0f %%, champs nouveaux : %s%n", p.overlap(),
            100 * p.coverage(), p.newFields().isEmpty() ? "aucun" : fields(p.newFields()));
        List<GapCompetence> acquire = p.missing().stream().filter(c -> c.action() == GapCompetence.Action.ACQUIRE).toList();
        List<GapCompetence> deepen = p.missing().stream().filter(c -> c.action() == GapCompetence.Action.DEEPEN).toList();
        out.printf(Locale.ROOT, "      à acquérir %d, à approfondir %d%n", acquire.size(), deepen.size());
        acquire.stream().limit(missing).forEach(c -> out.printf(Locale.ROOT, "        + %-13s %s%n", c.id(),
            GapCommand.abbreviate(c.text(), 80)));
      }
    }
    if (!area.unresolved().isEmpty()) {
      out.println();
      out.println("Évolutions citées hors nomenclature : " + area.unresolved().stream()
          .map(StatedMove::text).collect(Collectors.joining(" ; ")));
    }
  }

  private static String details(Passerelle p) {
    StringBuilder b = new StringBuilder();
    if (!p.references().isEmpty()) {
      b.append("  [").append(String.join(" ", p.references())).append(']');
    }
    if (p.statedDegree() != null && p.computedDegree() != null && !p.statedDegree().equals(p.computedDegree())) {
      b.append("  (degré calculé ").append(p.computedDegree()).append(')');
    }
    if (p.classification().status() == ClassificationCheck.Status.VIOLATED) {
      b.append(String.format(Locale.ROOT, "  (niveau %d → %d : contraire à la règle de classification)",
          p.classification().fromLevel(), p.classification().toLevel()));
    }
    AiExposure ai = p.aiExposure();
    if (ai != null) {
      b.append(String.format(Locale.ROOT, "  IA %.2f %s", ai.pwcScore(), ai.pwcClassification()));
    }
    return b.toString();
  }

  static String fields(List<CompetenceField> fields) {
    return fields.stream().map(f -> f.code() + " " + f.label()).collect(Collectors.joining(", "));
  }
}
