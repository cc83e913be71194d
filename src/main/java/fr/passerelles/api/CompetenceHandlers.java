package fr.passerelles.api;

import fr.passerelles.api.dto.CompetenceBranchMetierDto;
import fr.passerelles.api.dto.CompetenceHitDto;
import fr.passerelles.api.dto.CompetenceSearchDto;
import fr.passerelles.api.dto.CompetenceSheetDto;
import fr.passerelles.api.dto.CompetenceStatementDto;
import fr.passerelles.index.SheetType;
import fr.passerelles.search.BranchMetier;
import fr.passerelles.search.SkillHit;
import fr.passerelles.search.SkillQuery;
import fr.passerelles.search.SkillResults;
import fr.passerelles.search.SkillSearch;
import fr.passerelles.search.SkillSheet;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /competences?q=…}: recruiters search the skills (competences and activities; {@code
 * items} narrows) with the branch métiers then ROME sheets that require each, facet counts, the
 * branch métiers that need the skill, and a "did you mean" when nothing is found. The query string is never logged.
 */
final class CompetenceHandlers {
  static final String Q = "q";
  static final String KIND = "kind";
  static final String ITEMS = "items";
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_QUERY_CHARS = 300;
  private static final List<String> KINDS = List.of("savoir-faire", "savoir-etre", "savoir", "langue");
  private static final Map<String, SkillQuery.Scope> SCOPES = Map.of(
      "competences", SkillQuery.Scope.COMPETENCES,
      "activities", SkillQuery.Scope.ACTIVITIES,
      "all", SkillQuery.Scope.ALL);
  private static final List<String> PARAMS = List.of(
      Q, SheetFilterParams.TYPE, SheetFilterParams.FAMILY, KIND, ITEMS, Paging.LIMIT, Paging.OFFSET);

  private final EngineHolder engine;
  private final SheetFilterParams filters;
  private final Paging paging;

  CompetenceHandlers(EngineHolder engine, SheetFilterParams filters, Paging paging) {
    this.engine = engine;
    this.filters = filters;
    this.paging = paging;
  }

  void search(Context ctx) {
    QueryParams params = QueryParams.read(ctx, PARAMS);
    String q = params.string(Q);
    if (q == null || q.isBlank()) {
      throw QueryParams.invalid(Q, "texte de recherche obligatoire, par exemple q=gestion des réclamations");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw QueryParams.invalid(Q, MAX_QUERY_CHARS + " caractères au plus");
    }
    String kind = params.string(KIND, KINDS::contains, String.join(", ", KINDS) + " attendu");
    String items = params.string(ITEMS, SCOPES::containsKey, "competences, activities ou all attendu");
    SkillQuery.Scope scope = SCOPES.get(items == null ? "all" : items);
    if (kind != null && scope == SkillQuery.Scope.ACTIVITIES) {
      throw SheetFilterParams.invalid(KIND, "les activités n'ont pas de nature, kind ne s'applique qu'aux compétences");
    }
    SheetType type = SheetFilterParams.type(params.string(SheetFilterParams.TYPE));
    String family = filters.family(params.string(SheetFilterParams.FAMILY), type);
    Paging.Page page = paging.read(params, DEFAULT_LIMIT);
    if ((long) page.offset() + page.limit() > SkillSearch.MAX_DEPTH) {
      throw SheetFilterParams.invalid(Paging.OFFSET, "offset + limit au plus " + SkillSearch.MAX_DEPTH);
    }
    SkillResults results = engine.skills(ctx)
        .search(new SkillQuery(q, scope, type, family, kind), page.offset(), page.limit());
    if (results.terms().isEmpty()) {
      throw new BadRequestResponse("La recherche ne contient aucun mot significatif (seulement des mots "
          + "trop courants) : préciser la compétence cherchée.");
    }
    ctx.json(new CompetenceSearchDto(results.total(), results.exactTotal(), page.offset(), page.limit(), results.relaxed(),
        results.hits().stream().map(CompetenceHandlers::hit).toList(), relaxedNote(results),
        results.facets(), results.didYouMean(),
        results.branchMetiers().stream().map(CompetenceHandlers::metier).toList(), results.branchMetierTotal()));
  }

  /** Says in French what a relaxed search kept, so the page can show it. */
  private static String relaxedNote(SkillResults r) {
    if (r.requiredTerms().isEmpty()) {
      return null;
    }
    String kept = "(" + String.join(", ", r.requiredTerms()) + ")";
    return r.relaxed()
        ? "Aucune compétence ne contient tous les mots cherchés : résultats qui contiennent le plus spécifique " + kept + "."
        : "Après les " + r.exactTotal() + " compétences qui contiennent tous les mots cherchés, celles qui "
            + "contiennent le plus spécifique " + kept + ".";
  }

  private static CompetenceHitDto hit(SkillHit h) {
    return new CompetenceHitDto(h.id(), h.type().json(), h.text(), h.kind(), round(h.score()),
        h.highlights().stream().map(MatchMapper::span).toList(),
        h.sheets().stream().map(CompetenceHandlers::sheet).toList(), h.sheetCount(), h.foldedIds());
  }

  private static CompetenceBranchMetierDto metier(BranchMetier m) {
    return new CompetenceBranchMetierDto(m.metier(), m.title(), m.sheetIds(), m.itemCount(),
        m.items().stream().map(i -> new CompetenceStatementDto(i.id(), i.text())).toList());
  }

  private static CompetenceSheetDto sheet(SkillSheet s) {
    return new CompetenceSheetDto(s.sheet().id(), s.sheet().type().json(), s.sheet().metier(), s.sheet().title(),
        s.sheet().family(), round(s.weight()));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
