package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.Evidence;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.SheetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code match}: a text (argument, {@code --file} or stdin) → ranked sheets with evidence. */
final class MatchCommand {
  static final String USAGE = "match \"texte\" | --file CV.txt | - (stdin)  [--limit N] [--type branch|rome] [--family 01]";

  private MatchCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out, InputStream stdin) throws IOException {
    String text = readText(args, stdin);
    MatchOptions options = options(args);
    try (Passerelles p = Passerelles.open(paths)) {
      MatchResult result = p.textMatcher().match(text, options);
      print(result, out, args.flags().containsKey("zones") ? text : null);
    }
    return 0;
  }

  static String readText(Args args, InputStream stdin) throws IOException {
    if (args.flags().containsKey("file")) {
      return Files.readString(Path.of(args.flags().get("file")), StandardCharsets.UTF_8);
    }
    if (args.positionals().size() < 2) {
      throw new UsageException(USAGE);
    }
    String arg = String.join(" ", args.positionals().subList(1, args.positionals().size()));
    return arg.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : arg;
  }

  static MatchOptions options(Args args) {
    SheetType type = null;
    if (args.flags().containsKey("type")) {
      type = SheetType.parse(args.flags().get("type"));
      if (type == null) {
        throw new UsageException("--type expects branch or rome");
      }
    }
    return new MatchOptions(args.intFlag("limit", MatchOptions.DEFAULT_LIMIT), type,
        args.flags().get("family"), args.intFlag("evidence", 3));
  }

  static void print(MatchResult result, PrintWriter out) {
    print(result, out, null);
  }

  /** With {@code text}, first how each segment of it was read (zone and weight). */
  static void print(MatchResult result, PrintWriter out, String text) {
    if (text != null) {
      for (var z : result.zones()) {
        out.printf(Locale.ROOT, "  [%-11s %.2f] %s%n", z.zone().json(), z.weight(),
            abbreviate(text.substring(z.start(), z.end()), 80));
      }
    }
    if (!result.matches().isEmpty() && !result.confident()) {
      out.println(result.outsideBranch() && result.matches().get(0).type() == SheetType.BRANCH
          ? "Aucune correspondance sûre : le texte semble décrire un métier hors de la branche (voir les fiches ROME)."
          : "Aucune correspondance sûre : le texte ne soutient assez aucun métier (scores sous le seuil de confiance).");
    }
    int rank = 0;
    for (SheetMatch m : result.matches()) {
      out.printf(Locale.ROOT, "%2d. %.3f  %-7s %-8s %s%s%n", ++rank, m.score(), m.type().json(), m.id(), m.title(),
          m.borrowedFrom().isEmpty() ? "" : "  (texte ROME " + String.join(", ", m.borrowedFrom()) + ")");
      if (m.recognizedTitle() != null) {
        out.printf(Locale.ROOT, "      %-12s %.2f  %s%n", "intitulé", m.recognizedTitle().score(),
            abbreviate(m.recognizedTitle().name(), 90));
        out.printf(Locale.ROOT, "      %12s       ← « %s »%n", "", abbreviate(m.recognizedTitle().segment().text(), 70));
      }
      for (Evidence e : m.evidence()) {
        out.printf(Locale.ROOT, "      %-12s %.2f  %s%n", e.itemId(), e.strength(), abbreviate(e.text(), 90));
        out.printf(Locale.ROOT, "      %12s       ← « %s »  %s%n", "", abbreviate(e.segment().text(), 70), e.matchedTerms());
      }
    }
    if (result.matches().isEmpty()) {
      out.println("aucun métier trouvé");
    }
  }

  private static String abbreviate(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
