package fr.passerelles.api;

import fr.passerelles.api.dto.ActivityDto;
import fr.passerelles.api.dto.CompetenceDto;
import fr.passerelles.api.dto.EvolutionDto;
import fr.passerelles.api.dto.PasserelleDto;
import fr.passerelles.api.dto.SheetDto;
import fr.passerelles.api.dto.SheetRefDto;
import fr.passerelles.api.dto.SubActivityDto;
import fr.passerelles.corpus.Activity;
import fr.passerelles.corpus.Competence;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.MobilityReferential;
import fr.passerelles.corpus.Passerelle;
import fr.passerelles.corpus.Sheet;
import java.util.List;

/** Sheets → DTOs. Transcription notes stay out: they are for the corpus reviewers. */
final class SheetMapper {
  private final Corpus corpus;

  SheetMapper(Corpus corpus) {
    this.corpus = corpus;
  }

  SheetRefDto ref(Sheet s) {
    return new SheetRefDto(s.id(), s.version(), s.current(), s.source(), s.title());
  }

  SheetDto full(Sheet s) {
    return new SheetDto(
        s.id(),
        s.metier(),
        s.version(),
        s.current(),
        s.source(),
        s.title(),
        s.titleFeminine(),
        s.titleMasculine(),
        s.family(),
        s.parentSheet(),
        subSheets(s),
        s.otherNames(),
        s.hierarchy(),
        s.mission(),
        s.workingConditions(),
        s.activities().stream().map(SheetMapper::activity).toList(),
        s.characteristics(),
        s.competences().stream().map(SheetMapper::competence).toList(),
        s.aptitudes(),
        s.training(),
        s.trainingLevel(),
        s.certifications(),
        s.evolutionWithin(),
        s.evolutions().stream().map(e -> new EvolutionDto(e.text(), e.target())).toList(),
        s.passerelles().stream().map(this::passerelle).toList());
  }

  private List<SheetRefDto> subSheets(Sheet parent) {
    return corpus.sheets().stream()
        .filter(s -> parent.id().equals(s.parentSheet()))
        .map(this::ref)
        .toList();
  }

  private static ActivityDto activity(Activity a) {
    return new ActivityDto(a.id(), a.frequency().json(), a.block(), a.text(),
        a.children().stream().map(c -> new SubActivityDto(c.id(), c.text())).toList());
  }

  private static CompetenceDto competence(Competence c) {
    return new CompetenceDto(c.id(), c.kind().json(), c.situation().json(), c.block(), c.text());
  }

  private PasserelleDto passerelle(Passerelle p) {
    String label = corpus.mobility().degrees().stream()
        .filter(d -> d.degree() == p.degree())
        .findFirst()
        .map(MobilityReferential.Degree::label)
        .orElse(null);
    return new PasserelleDto(p.degree(), label, p.text(), p.area(), p.target(), p.target2024());
  }
}
