package fr.passerelles.api;

import java.util.regex.Pattern;

/**
 * The shapes of the ids a client sends, in the path, the query string or a body, checked before
 * any lookup: a malformed id is a 400 on every route ({@code /metiers/abc},
 * {@code /metiers/abc/passerelles}, {@code /gap?from=../}), a well-formed one that names nothing a
 * 404. A malformed id is never echoed, so a 100 KB "code" gets a 100-byte answer.
 */
final class Codes {
  static final Pattern FAMILY = Pattern.compile("\\d{2}");
  static final Pattern METIER = Pattern.compile("\\d{4}");
  static final Pattern SHEET = Pattern.compile("\\d{4}(-[a-z0-9]{1,8})?");
  static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");
  /** What the mobility routes take: a branch métier, a specialist sheet or a ROME sheet. */
  static final Pattern PROFILE = Pattern.compile("\\d{4}(-[a-z0-9]{1,8})?|[A-N]\\d{4}");

  static final String METIER_EXPECTED = "code métier à 4 chiffres attendu";
  static final String SHEET_EXPECTED = "identifiant de fiche attendu, par exemple 0104-03";
  static final String ROME_EXPECTED = "code ROME attendu : une lettre de A à N et 4 chiffres, par exemple M1601";
  static final String PROFILE_EXPECTED = "code de métier (0102), de fiche (0104-03) ou ROME (M1601) attendu";

  private Codes() {}

  /** {@code value} when it matches {@code shape}; else 400 naming {@code name}, without the value. */
  static String check(String name, String value, Pattern shape, String expected) {
    if (value == null || !shape.matcher(value).matches()) {
      throw QueryParams.invalid(name, expected);
    }
    return value;
  }
}
