package fr.passerelles.api;

import fr.passerelles.api.dto.ExposureDto;
import fr.passerelles.api.dto.FamilyRefDto;
import fr.passerelles.api.dto.Metier2024LinkDto;
import fr.passerelles.api.dto.MetierSummaryDto;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.corpus.Nomenclature2024;
import fr.passerelles.corpus.Sheet;

/** Nomenclature entries → DTOs. */
final class MetierMapper {
  private final Corpus corpus;

  MetierMapper(Corpus corpus) {
    this.corpus = corpus;
  }

  MetierSummaryDto summary(Nomenclature2009.Metier m) {
    String currentSheetId = corpus.currentSheet(m.code()).map(Sheet::id).orElse(null);
    return new MetierSummaryDto(
        m.code(),
        m.title(),
        m.titleFeminine(),
        m.titleMasculine(),
        family2009(m.family()),
        m.headcount(),
        m.headcountPercent(),
        m.romeCodes(),
        currentSheetId != null,
        currentSheetId,
        corpus.metier2024For(m.code()).map(this::link2024).orElse(null));
  }

  private Metier2024LinkDto link2024(Nomenclature2024.Metier m) {
    Nomenclature2024.Exposure e = m.exposure();
    ExposureDto exposure = e == null ? null : new ExposureDto(e.pwcScore(), e.pwcPosition(),
        e.pwcClassification(), e.expertScore(), e.expertPosition(), e.expertClassification());
    return new Metier2024LinkDto(m.id(), m.title(), family2024(m.family()), m.core(), exposure);
  }

  private FamilyRefDto family2009(String code) {
    return corpus.nomenclature2009().families().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .map(f -> new FamilyRefDto(f.code(), f.title()))
        .orElse(new FamilyRefDto(code, null));
  }

  private FamilyRefDto family2024(String code) {
    return corpus.nomenclature2024().families().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .map(f -> new FamilyRefDto(f.code(), f.title()))
        .orElse(new FamilyRefDto(code, null));
  }
}
