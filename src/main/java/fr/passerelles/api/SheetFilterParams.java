package fr.passerelles.api;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.index.SheetType;
import io.javalin.http.BadRequestResponse;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code limit}, {@code type} and {@code family} options of the engine routes, whether they come
 * from the query string or a JSON body: one validation, one message format
 * ({@code Paramètre invalide : type (…).}).
 */
final class SheetFilterParams {
  static final String LIMIT = "limit";
  static final String TYPE = "type";
  static final String FAMILY = "family";
  private static final Pattern BRANCH_FAMILY = Pattern.compile("\\d{2}");
  /** The 14 grands domaines of ROME 4.0, A to N. */
  private static final Pattern ROME_DOMAIN = Pattern.compile("[A-N]");

  private final Set<String> branchFamilies;
  private final int maxPageSize;

  SheetFilterParams(Corpus corpus, ApiConfig config) {
    this.branchFamilies = corpus.nomenclature2009().families().stream()
        .map(Nomenclature2009.Family::code)
        .collect(Collectors.toUnmodifiableSet());
    this.maxPageSize = config.maxPageSize();
  }

  /** {@code ?limit=} of a query string, or {@code defaultLimit} (capped at the maximum page size). */
  int limit(QueryParams params, int defaultLimit) {
    Integer value = params.integer(LIMIT, 1, maxPageSize, "entier de 1 à " + maxPageSize + " attendu");
    return value == null ? Math.min(defaultLimit, maxPageSize) : value;
  }

  /** {@code value} or {@code defaultLimit} (capped at the maximum page size). */
  int limit(Integer value, int defaultLimit) {
    if (value == null) {
      return Math.min(defaultLimit, maxPageSize);
    }
    if (value < 1 || value > maxPageSize) {
      throw invalid(LIMIT, "entier de 1 à " + maxPageSize + " attendu");
    }
    return value;
  }

  /** {@code branch}, {@code rome}, or null for both. */
  static SheetType type(String value) {
    if (value == null) {
      return null;
    }
    SheetType type = SheetType.parse(value);
    if (type == null) {
      throw invalid(TYPE, "branch ou rome attendu");
    }
    return type;
  }

  /** A known branch family code or a ROME grand domaine letter, consistent with {@code type}; null for all. */
  String family(String value, SheetType type) {
    if (value == null) {
      return null;
    }
    boolean branch = BRANCH_FAMILY.matcher(value).matches() && branchFamilies.contains(value);
    boolean rome = ROME_DOMAIN.matcher(value).matches();
    if (!branch && !rome) {
      throw invalid(FAMILY, "famille de la branche (01 à 09, voir /api/v1/families) "
          + "ou lettre de grand domaine ROME (A à N) attendue");
    }
    if (branch && type == SheetType.ROME || rome && type == SheetType.BRANCH) {
      throw invalid(FAMILY, (branch ? "famille de la branche" : "grand domaine ROME")
          + " incompatible avec type=" + type.json());
    }
    return value;
  }

  static BadRequestResponse invalid(String name, String detail) {
    return new BadRequestResponse("Paramètre invalide : " + name + " (" + detail + ").");
  }
}
