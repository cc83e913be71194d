package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.AiExposure;
import fr.passerelles.mobility.ClassificationCheck;
import fr.passerelles.mobility.ClassificationLevel;
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

/**
 * {@code passerelles CODE}: the métier's passerelles grouped by degree, referential and computed,
 * each with its key gaps grouped by area ({@code --all}: every missing competence).
 */
final class PasserellesCommand {
  static final String USAGE = "passerelles CODE [--scope branch|rome|all] [--missing N] [--all]";

  private PasserellesCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    String code = args.positional(1, USAGE);
    int missing = args.intFlag("missing", Integer.MAX_VALUE);
    boolean all = args.flags().containsKey("all");
    try (Passerelles p = Passerelles.open(paths)) {
      MobilityArea area = args.flags().containsKey("scope")
          ? p.mobility().passerelles(code, MobilityScope.parse(args.flags().get("scope")))
          : p.mobility().passerelles(code);
      print(area, missing, all, out);
    }
    return 0;
  }

  /**
   * @param missing how many key gaps to print per passerelle
   * @param all print every missing competence instead of the key gaps
   */
  static void print(MobilityArea area, int missing, boolean all, PrintWriter out) {
    ClassificationLevel level = area.classification();
    out.printf(Locale.ROOT, "%s %s — %s%n", area.origin().id(), area.origin().title(), level == null
        ? "niveau de classification inconnu (règle non applicable)"
        : String.format(Locale.ROOT, "niveau de classification %s (%s)", grade(level.grade()), level.basis()));
    for (DegreeGroup g : area.degrees()) {
      out.println();
      out.printf(Locale.ROOT, "Degré %d — %s (%d)%n", g.degree(), g.label(), g.passerelles().size());
      for (Passerelle p : g.passerelles()) {
        out.printf(Locale.ROOT, "  %-11s %-8s %s%s%n", p.source(), p.target().id(), p.target().title(), details(p));
        if (p.regulation() != null) {
          out.printf(Locale.ROOT, "      profession réglementée, diplôme requis : %s%n", p.regulation().basis());
        }
        if (!p.gapKnown()) {
          out.println("      pas de fiche à comparer");
          continue;
        }
        out.printf(Locale.ROOT, "      recouvrement %.3f, déjà acquis %.0f %%, champs nouveaux : %s%n", p.overlap(),
            100 * p.coverage(), p.newFields().isEmpty() ? "aucun" : fields(p.newFields()));
        long acquire = p.missing().stream().filter(c -> c.action() == GapCompetence.Action.ACQUIRE).count();
        out.printf(Locale.ROOT, "      manquent %d : à acquérir %d, à approfondir %d ; prérequis %d%n", p.missing().size(),
            acquire, p.missing().size() - acquire, p.prerequisites().size());
        printByArea(all ? p.missing() : p.keyGaps().stream().limit(missing).toList(), out);
        if (all) {
          p.prerequisites().forEach(c -> out.printf(Locale.ROOT, "        prérequis %-13s %s%n", c.id(),
              GapCommand.abbreviate(c.text(), 70)));
        }
      }
    }
    if (!area.unresolved().isEmpty()) {
      out.println();
      out.println("Évolutions citées hors nomenclature : " + area.unresolved().stream()
          .map(StatedMove::text).collect(Collectors.joining(" ; ")));
    }
  }

  /** Competences under their area's label, in the given order; {@code +} to acquire, {@code ~} to deepen. */
  private static void printByArea(List<GapCompetence> list, PrintWriter out) {
    String area = null;
    for (GapCompetence c : list) {
      String label = c.area() == null ? "(non placé)" : c.area().label();
      if (!label.equals(area)) {
        out.printf(Locale.ROOT, "        %s%n", label);
        area = label;
      }
      out.printf(Locale.ROOT, "          %s %-13s %s%n", c.action() == GapCompetence.Action.ACQUIRE ? "+" : "~", c.id(),
          GapCommand.abbreviate(c.text(), 72));
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
    if (p.degreeContradicted()) {
      b.append("  (degré contredit par l'écart mesuré)");
    }
    ClassificationCheck c = p.classification();
    if (c.status() == ClassificationCheck.Status.VIOLATED) {
      b.append(String.format(Locale.ROOT, "  (niveau %s → %s : contraire à la règle de classification)",
          grade(c.fromGrade()), grade(c.toGrade())));
    }
    AiExposure ai = p.aiExposure();
    if (ai != null) {
      b.append(String.format(Locale.ROOT, "  IA %.2f %s", ai.pwcScore(), ai.pwcClassification()));
    }
    return b.toString();
  }

  static String grade(double g) {
    return g == Math.rint(g) ? String.valueOf((int) g) : String.format(Locale.ROOT, "%.1f", g);
  }

  static String fields(List<CompetenceField> fields) {
    return fields.stream().map(f -> f.code() + " " + f.label()).collect(Collectors.joining(", "));
  }
}
