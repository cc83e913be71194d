package fr.passerelles.api;

import fr.passerelles.Passerelles;
import fr.passerelles.api.dto.MetierDetailDto;
import fr.passerelles.api.dto.MetierSummaryDto;
import fr.passerelles.api.dto.RomeMappingDto;
import fr.passerelles.api.dto.RomeRefDto;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.corpus.RomeMapping;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /metiers}, {@code /metiers/{code}} and {@code /sheets/{id}}: the referential as read.
 */
final class MetierHandlers {
  static final String FAMILY = "family";
  static final String VERSION = "version";
  static final String SHEET = "sheet";

  private final Corpus corpus;
  private final EngineHolder engine;
  private final Paging paging;
  private final MetierMapper metiers;
  private final SheetMapper sheets;

  /** @param engine gives the titles of the ROME sheets a métier maps to, once open */
  MetierHandlers(Corpus corpus, EngineHolder engine, Paging paging) {
    this.corpus = corpus;
    this.engine = engine;
    this.paging = paging;
    this.metiers = new MetierMapper(corpus);
    this.sheets = new SheetMapper(corpus);
  }

  /** {@code GET /metiers[?family=01][&limit=&offset=]}, in code order. */
  void list(Context ctx) {
    QueryParams params = QueryParams.read(ctx, List.of(FAMILY, Paging.LIMIT, Paging.OFFSET));
    String family = params.string(FAMILY, f -> Codes.FAMILY.matcher(f).matches(), "code de famille à 2 chiffres attendu");
    if (family != null && !isFamily2009(family)) {
      throw QueryParams.invalid(FAMILY, "famille 2009 inconnue, voir /api/v1/families");
    }
    Paging.Page page = paging.read(params, Integer.MAX_VALUE);
    List<MetierSummaryDto> items = corpus.nomenclature2009().metiers().stream()
        .filter(m -> family == null || m.family().equals(family))
        .map(metiers::summary)
        .toList();
    ctx.json(page.of(items));
  }

  /** {@code GET /metiers/{code}[?version=n | ?sheet=id]}: the current sheet unless told otherwise. */
  void detail(Context ctx) {
    QueryParams params = QueryParams.read(ctx, List.of(VERSION, SHEET));
    String code = Codes.check("code", ctx.pathParam("code"), Codes.METIER, Codes.METIER_EXPECTED);
    Integer version = params.integer(VERSION, 1, Integer.MAX_VALUE, "entier positif attendu");
    String sheetId = params.string(SHEET, s -> Codes.SHEET.matcher(s).matches(),
        "identifiant de fiche attendu, par exemple 0102-v2");
    if (version != null && sheetId != null) {
      throw new BadRequestResponse("Indiquer soit version, soit sheet, pas les deux.");
    }
    Nomenclature2009.Metier metier = corpus.metier(code)
        .orElseThrow(() -> new NotFoundResponse("Métier inconnu : " + code));
    List<Sheet> versions = corpus.versions(code);
    Sheet selected;
    if (version != null) {
      selected = pick(versions, s -> s.version() == version, code, "Version " + version, s -> "" + s.version());
    } else if (sheetId != null) {
      selected = pick(versions, s -> s.id().equals(sheetId), code, "Fiche " + sheetId, Sheet::id);
    } else {
      selected = corpus.currentSheet(code).orElse(null);
    }
    ctx.json(new MetierDetailDto(
        metiers.summary(metier),
        romeMapping(code),
        selected == null ? null : sheets.full(selected),
        versions.stream().map(sheets::ref).toList()));
  }

  /** {@code GET /sheets/{id}}: any sheet, sub-métier sheets of 0104 included. */
  void sheet(Context ctx) {
    QueryParams.none(ctx);
    String id = Codes.check("id", ctx.pathParam("id"), Codes.SHEET, Codes.SHEET_EXPECTED);
    Sheet sheet = corpus.sheet(id).orElseThrow(() -> new NotFoundResponse("Fiche inconnue : " + id));
    ctx.json(sheets.full(sheet));
  }

  /** The annex's or the reviewers' ROME codes, titled from the engine's release when there is one. */
  private RomeMappingDto romeMapping(String code) {
    RomeMapping mapping = corpus.romeMapping(code);
    Optional<RomeRelease> rome = engine.current().flatMap(Passerelles::rome);
    return new RomeMappingDto(mapping.source(), mapping.romeCodes().stream()
        .map(c -> new RomeRefDto(c, rome.flatMap(r -> r.sheet(c)).map(RomeSheet::title).orElse(null)))
        .toList());
  }

  private boolean isFamily2009(String code) {
    return corpus.nomenclature2009().families().stream().anyMatch(f -> f.code().equals(code));
  }

  /** The version matching {@code wanted}, or a 404 that lists the métier's versions. */
  private static Sheet pick(List<Sheet> versions, java.util.function.Predicate<Sheet> wanted, String code,
      String what, Function<Sheet, String> label) {
    return versions.stream().filter(wanted).findFirst().orElseThrow(() -> new NotFoundResponse(
        what + " inconnue pour le métier " + code + (versions.isEmpty() ? " (aucune fiche)"
            : " (disponibles : " + versions.stream().map(label).collect(Collectors.joining(", ")) + ")")));
  }
}
