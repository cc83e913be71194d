package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.FieldGap;
import fr.passerelles.mobility.Gap;
import fr.passerelles.mobility.GapCompetence;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code gap FROM TO}: what a move asks — shared and missing competences, fields, degree. */
final class GapCommand {
  static final String USAGE = "gap FROM TO   (métier codes 0102, sub-sheets 0104-03, ROME codes D1408)";

  private GapCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    String from = args.positional(1, USAGE);
    String to = args.positional(2, USAGE);
    try (Passerelles p = Passerelles.open(paths)) {
      print(p.mobility().gap(from, to), out);
    }
    return 0;
  }

  static void print(Gap g, PrintWriter out) {
    out.printf(Locale.ROOT, "%s %s  →  %s %s%n", g.from().id(), g.from().title(), g.to().id(), g.to().title());
    if (!g.comparable()) {
      out.println("pas de compétences à comparer (métier sans fiche ni fiche ROME)");
      return;
    }
    out.printf(Locale.ROOT, "degré %d : %s  (%d champ(s) nouveau(x))%n", g.degree().value(), g.degree().label(),
        g.degree().newFields());
    out.printf(Locale.ROOT, "recouvrement %.3f, part des compétences de la cible déjà acquises %.0f %%%n", g.overlap(),
        100 * g.coverage());
    out.printf(Locale.ROOT, "règle de classification : %s (niveau %s → %s)%n", g.classification().status().json(),
        grade(g.classification().fromGrade()), grade(g.classification().toGrade()));
    if (g.regulation() != null) {
      out.printf(Locale.ROOT, "profession réglementée, diplôme requis : %s%n", g.regulation().basis());
    }
    out.println();
    out.println("champs de la cible (part cible / part origine / manquantes) :");
    for (FieldGap f : g.fields()) {
      out.printf(Locale.ROOT, "  %-4s %-45s %5.1f %% %5.1f %% %3d%s%n", f.field().code(), abbreviate(f.field().label(), 45),
          100 * f.targetShare(), 100 * f.originShare(), f.missing(), f.isNew() ? "  NOUVEAU" : "");
    }
    out.println();
    out.printf(Locale.ROOT, "compétences partagées (%d) :%n", g.shared().size());
    for (GapCompetence c : g.shared()) {
      out.printf(Locale.ROOT, "  %-14s %-4s %s  ← %s%n", c.id(), code(c), abbreviate(c.text(), 80), c.coveredBy());
    }
    out.printf(Locale.ROOT, "compétences clés (%d) :%n", g.keyGaps().size());
    for (GapCompetence c : g.keyGaps()) {
      out.printf(Locale.ROOT, "  %-14s %-4s %-8s %s%n", c.id(), area(c), c.action().json(), abbreviate(c.text(), 80));
    }
    out.printf(Locale.ROOT, "prérequis (%d) :%n", g.prerequisites().size());
    for (GapCompetence c : g.prerequisites()) {
      out.printf(Locale.ROOT, "  %-14s %s%n", c.id(), abbreviate(c.text(), 80));
    }
    out.printf(Locale.ROOT, "compétences manquantes (%d) :%n", g.missing().size());
    for (GapCompetence c : g.missing()) {
      out.printf(Locale.ROOT, "  %-14s %-4s %-8s %s%s%n", c.id(), area(c), c.action().json(), abbreviate(c.text(), 80),
          c.relatedTo() == null ? "" : "  ~ " + c.relatedTo());
    }
  }

  private static String area(GapCompetence c) {
    return c.area() == null ? "?" : c.area().code();
  }

  private static String grade(Double g) {
    return g == null ? "inconnu" : PasserellesCommand.grade(g);
  }

  private static String code(GapCompetence c) {
    return c.field() == null ? "?" : c.field().code();
  }

  private static String level(Integer l) {
    return l == null ? "inconnu" : l.toString();
  }

  static String abbreviate(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
