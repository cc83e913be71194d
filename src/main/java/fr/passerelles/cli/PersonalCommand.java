package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.DegreeGroup;
import fr.passerelles.mobility.EvidencedCompetence;
import fr.passerelles.mobility.GapCompetence;
import fr.passerelles.mobility.Passerelle;
import fr.passerelles.mobility.PersonalMobility;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code personal}: a CV (argument, {@code --file} or stdin) → the closest métier and its
 * passerelles by degree, without the competences the CV already evidences (with the sentence).
 */
final class PersonalCommand {
  private PersonalCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out, InputStream stdin) throws IOException {
    String text = MatchCommand.readText(args, stdin);
    SheetType type = args.flags().containsKey("type") ? SheetType.parse(args.flags().get("type")) : SheetType.BRANCH;
    if (type == null) {
      throw new UsageException("--type expects branch or rome");
    }
    try (Passerelles p = Passerelles.open(paths)) {
      print(p.mobility().personal(text, type), out);
    }
    return 0;
  }

  static void print(PersonalMobility pm, PrintWriter out) {
    out.printf(Locale.ROOT, "métier le plus proche : %s %s (score %.3f)%n", pm.closest().id(), pm.closest().title(),
        pm.matchScore());
    for (DegreeGroup g : pm.area().degrees()) {
      out.println();
      out.printf(Locale.ROOT, "Degré %d — %s (%d)%n", g.degree(), g.label(), g.passerelles().size());
      for (Passerelle p : g.passerelles()) {
        long acquire = p.missing().stream().filter(c -> c.action() == GapCompetence.Action.ACQUIRE).count();
        out.printf(Locale.ROOT, "  %-11s %-8s %s — reste %d à acquérir, %d à approfondir%n", p.source(), p.target().id(),
            p.target().title(), acquire, p.missing().size() - acquire);
        for (EvidencedCompetence e : p.evidenced()) {
          out.printf(Locale.ROOT, "      déjà attesté %-13s %s%n", e.competenceId(), GapCommand.abbreviate(e.text(), 60));
          out.printf(Locale.ROOT, "                   ← « %s »%n", GapCommand.abbreviate(e.sentence().text(), 80));
        }
      }
    }
  }
}
