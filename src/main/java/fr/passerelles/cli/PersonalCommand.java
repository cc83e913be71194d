package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.DegreeGroup;
import fr.passerelles.mobility.EvidencedCompetence;
import fr.passerelles.mobility.GapCompetence;
import fr.passerelles.mobility.Passerelle;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.PersonalMobility;
import fr.passerelles.mobility.PersonalQuery;
import fr.passerelles.mobility.WishRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code personal}: a CV (argument, {@code --file} or stdin) → the closest métier and its
 * passerelles by degree, without the competences the CV already evidences (with the sentence);
 * {@code --scope}, {@code --wish CODE}, {@code --exclude ID,…}, {@code --include ID,…},
 * {@code --origin CODE} as the API's fields.
 */
final class PersonalCommand {
  private PersonalCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out, InputStream stdin) throws IOException {
    String text = MatchCommand.readText(args, stdin);
    SheetType type = args.flags().containsKey("type") ? SheetType.parse(args.flags().get("type")) : SheetType.BRANCH;
    if (type == null) {
      throw new UsageException("--type expects branch or rome");
    }
    MobilityScope scope = null;
    if (args.flags().containsKey("scope")) {
      try {
        scope = MobilityScope.parse(args.flags().get("scope"));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--scope expects branch, rome or all");
      }
    }
    PersonalQuery query = new PersonalQuery(text, type, scope, args.flags().get("wish"), ids(args, "exclude"),
        ids(args, "include"), args.flags().get("origin"));
    try (Passerelles p = Passerelles.open(paths)) {
      print(p.mobility().personal(query), out);
    }
    return 0;
  }

  /** {@code --exclude 0202-C01,ogr-300440}: comma-separated competence ids. */
  private static Set<String> ids(Args args, String flag) {
    String v = args.flags().get(flag);
    Set<String> out = new LinkedHashSet<>();
    if (v != null) {
      for (String id : v.split(",")) {
        if (!id.isBlank()) {
          out.add(id.strip());
        }
      }
    }
    return out;
  }

  static void print(PersonalMobility pm, PrintWriter out) {
    WishRoute wish = pm.wish();
    if (wish != null) {
      out.printf(Locale.ROOT, "souhait : %s %s — %s%n", wish.target().id(), wish.target().title(),
          wish.amongPasserelles() ? "parmi vos passerelles" : "hors de vos passerelles");
      if (wish.move() != null) {
        out.printf(Locale.ROOT, "  degré %d, couverture %.2f, reste %d compétences : %s%n", wish.move().degree(),
            wish.move().coverage(), wish.move().missing().size(),
            wish.move().keyGaps().stream().map(GapCompetence::id).collect(Collectors.joining(", ")));
      }
      out.println(wish.path().isEmpty() ? "  aucun chemin trouvé dans le périmètre"
          : "  chemin : " + pm.closest().id() + wish.path().stream().map(s -> " →(" + s.degree() + ") " + s.to().id())
              .collect(Collectors.joining()) + " (somme des degrés " + wish.pathDegree() + ")");
      out.println();
    }
    out.printf(Locale.ROOT, "métier le plus proche : %s %s (score %s), passerelles : %s%n", pm.closest().id(),
        pm.closest().title(), pm.matchScore() == null ? "—" : String.format(Locale.ROOT, "%.3f", pm.matchScore()),
        pm.scope().json());
    if (pm.corrections().textClosest() != null) {
      out.printf(Locale.ROOT, "  (d'après le seul texte : %s %s)%n", pm.corrections().textClosest().id(),
          pm.corrections().textClosest().title());
    }
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
