package fr.passerelles.api;

import fr.passerelles.api.dto.PersonalRequest;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.PersonalQuery;
import io.javalin.http.BadRequestResponse;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the fields of a person's request beside its text ({@code type}, {@code scope},
 * {@code wish}, {@code exclude}, {@code include}) and turns them into a {@link PersonalQuery}; the
 * batch route checks its items' {@code type} here too. Every refusal is a 400 whose message names
 * the field, never the text.
 */
final class PersonalRequests {
  /** Corrections per request at most: a person corrects a few items, not a whole referential. */
  static final int MAX_CORRECTIONS = 200;
  /** A competence id: a branch item ({@code 0202-C01}, {@code 0102-v2-C08}) or a ROME one ({@code ogr-300440}). */
  static final Pattern COMPETENCE = Pattern.compile("\\d{4}(-[a-z0-9]{1,8})?-C\\d{1,3}|ogr-\\d{1,9}");

  private PersonalRequests() {}

  static PersonalQuery query(PersonalRequest r, Mobility mobility) {
    SheetType type = type(r.type());
    MobilityScope scope = null;
    if (r.scope() != null) {
      try {
        scope = MobilityScope.parse(r.scope());
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("Champ scope invalide : attendu branch, rome ou all.");
      }
    }
    String wish = null;
    if (r.wish() != null) {
      wish = Codes.check("wish", r.wish(), Codes.PROFILE, Codes.PROFILE_EXPECTED);
      if (!mobility.knows(wish)) {
        throw new BadRequestResponse("Champ wish : métier ou fiche inconnue : " + ErrorResponses.echo(wish) + ".");
      }
    }
    Set<String> exclude = ids("exclude", r.exclude());
    Set<String> include = ids("include", r.include());
    Set<String> both = new HashSet<>(exclude);
    both.retainAll(include);
    if (!both.isEmpty()) {
      throw new BadRequestResponse("Compétence à la fois dans exclude et include : "
          + ErrorResponses.echo(both.iterator().next()) + ".");
    }
    return new PersonalQuery(r.text(), type, scope, wish, exclude, include);
  }

  /** {@code branch} (default when null) or {@code rome}; 400 otherwise. */
  static SheetType type(String value) {
    SheetType type = value == null ? SheetType.BRANCH : SheetType.parse(value);
    if (type == null) {
      throw new BadRequestResponse("Champ type invalide : attendu branch ou rome.");
    }
    return type;
  }

  private static Set<String> ids(String field, List<String> values) {
    if (values == null) {
      return Set.of();
    }
    if (values.size() > MAX_CORRECTIONS) {
      throw new BadRequestResponse("Champ " + field + " : " + MAX_CORRECTIONS + " compétences au plus.");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (v == null || !COMPETENCE.matcher(v).matches()) {
        throw new BadRequestResponse("Champ " + field + " : identifiant de compétence attendu, par exemple "
            + "0202-C01 ou ogr-300440" + (v == null ? "." : " (reçu : " + ErrorResponses.echo(v) + ")."));
      }
      out.add(v);
    }
    return out;
  }
}
