package fr.passerelles.api;

import fr.passerelles.api.dto.FamiliesDto;
import fr.passerelles.api.dto.Family2009Dto;
import fr.passerelles.api.dto.Family2024Dto;
import fr.passerelles.corpus.Corpus;
import io.javalin.http.Context;
import java.util.List;

/** {@code /families}: the families of both nomenclatures. */
final class FamilyHandlers {
  private final Corpus corpus;

  FamilyHandlers(Corpus corpus) {
    this.corpus = corpus;
  }

  void list(Context ctx) {
    QueryParams.none(ctx);
    var n2009 = corpus.nomenclature2009();
    var n2024 = corpus.nomenclature2024();
    List<Family2009Dto> families2009 = n2009.families().stream()
        .map(f -> new Family2009Dto(f.code(), f.title(), f.group(),
            (int) n2009.metiers().stream().filter(m -> m.family().equals(f.code())).count()))
        .toList();
    List<Family2024Dto> families2024 = n2024.families().stream()
        .map(f -> new Family2024Dto(f.code(), f.title(),
            (int) n2024.metiers().stream().filter(m -> m.family().equals(f.code())).count()))
        .toList();
    ctx.json(new FamiliesDto(families2009, families2024));
  }
}
