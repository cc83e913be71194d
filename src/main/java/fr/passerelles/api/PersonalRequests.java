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
 * {@code wish}, {@code exclude}, {@code include}, {@code origin}) and turns them into a
 * {@link PersonalQuery}, for {@code POST /passerelles} and each batch item alike. Every refusal is a 400 whose message names
 * the field, never the text.
 */
final class PersonalRequests {
  /** Corrections per request at most: a person corrects a few items, not a whole referential. */
  static final int MAX_CORRECTIONS = 200;
  /** A competence id: a branch item ({@code 0202-C01}, {@code 0102-v2-C08}) or a ROME one ({@code ogr-300440}). */
  static final Pattern COMPETENCE = Pattern.compile("\\d{4}(-[a-z0-9]{1,8})?-C\\d{1,3}|ogr-\\d{1,9}");

  private PersonalRequests() {}

  static PersonalQuery query(PersonalRequest r, Mobility mobility) {
    return query(r.text(), r.type(), r.scope(), r.wish(), r.exclude(), r.include(), r.origin(), mobility);
  }

  /**
   * The fields of a person's request (of {@code POST /passerelles} or a batch item); without a
   * {@code type}, a chosen {@code origin}'s kind decides where its score and the text's closest
   * métier are sought, and the default scope.
   */
  static PersonalQuery query(String text, String typeField, String scopeField, String wishField,
      List<String> excludeField, List<String> includeField, String originField, Mobility mobility) {
    String origin = metier("origin", originField, mobility);
    SheetType type = typeField == null && origin != null ? mobility.profile(origin).type() : type(typeField);
    MobilityScope scope = null;
    if (scopeField != null) {
      try {
        scope = MobilityScope.parse(scopeField);
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("Champ scope invalide : attendu branch, rome ou all.");
      }
    }
    String wish = metier("wish", wishField, mobility);
    Set<String> exclude = ids("exclude", excludeField);
    Set<String> include = ids("include", includeField);
    Set<String> both = new HashSet<>(exclude);
    both.retainAll(include);
    if (!both.isEmpty()) {
      throw new BadRequestResponse("Compétence à la fois dans exclude et include : "
          + ErrorResponses.echo(both.iterator().next()) + ".");
    }
    return new PersonalQuery(text, type, scope, wish, exclude, include, origin);
  }

  /** A métier code field ({@code wish}, {@code origin}): null when absent, 400 when malformed or unknown. */
  private static String metier(String field, String value, Mobility mobility) {
    if (value == null) {
      return null;
    }
    String code = Codes.check(field, value, Codes.PROFILE, Codes.PROFILE_EXPECTED);
    if (!mobility.knows(code)) {
      throw new BadRequestResponse("Champ " + field + " : métier ou fiche inconnue : " + ErrorResponses.echo(code) + ".");
    }
    return code;
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
