package fr.passerelles.api;

import fr.passerelles.api.dto.AppellationDto;
import fr.passerelles.api.dto.BranchLinkDto;
import fr.passerelles.api.dto.RomeDomainDto;
import fr.passerelles.api.dto.RomeItemDto;
import fr.passerelles.api.dto.RomeMobilityDto;
import fr.passerelles.api.dto.RomeSheetDto;
import fr.passerelles.api.dto.WorkContextDto;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.RomeMapping;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.index.RomeSheets;
import fr.passerelles.rome.RomeCompetence;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ROME sheets → DTOs, with the branch métiers mapped to each (computed once from the corpus). */
final class RomeMapper {
  private final Map<String, List<BranchLinkDto>> branchByRome;

  RomeMapper(Corpus corpus) {
    Map<String, List<BranchLinkDto>> links = new HashMap<>();
    corpus.nomenclature2009().metiers().forEach(m -> link(links, m.code(), m.title(), corpus.romeMapping(m.code())));
    corpus.sheets().stream()
        .filter(s -> s.parentSheet() != null)
        .forEach(s -> link(links, s.id(), s.title(), corpus.romeMapping(s.id())));
    links.replaceAll((code, list) -> List.copyOf(list));
    this.branchByRome = Map.copyOf(links);
  }

  private static void link(Map<String, List<BranchLinkDto>> links, String id, String title, RomeMapping mapping) {
    for (String code : mapping.romeCodes()) {
      links.computeIfAbsent(code, c -> new ArrayList<>()).add(new BranchLinkDto(id, title, mapping.source()));
    }
  }

  RomeSheetDto sheet(RomeSheet s, RomeRelease release) {
    RomeSheet.Domain d = s.domain();
    return new RomeSheetDto(
        s.code(),
        s.title(),
        new RomeDomainDto(d.grandDomaineCode(), d.grandDomaineLabel(), d.domaineCode(), d.domaineLabel()),
        s.appellations().stream().map(a -> new AppellationDto(
            RomeSheets.itemId(a.ogr()), a.longLabel(), a.shortLabel(), a.principal(), a.rarelyUsed())).toList(),
        sentences(s.definition()),
        sentences(s.access()),
        items(s.savoirFaire()),
        items(s.savoirEtre()),
        items(s.savoirs()),
        s.workContexts().stream()
            .map(c -> new WorkContextDto(RomeSheets.itemId(c.ogr()), c.label(), c.typeLabel())).toList(),
        s.mobility().stream().map(m -> new RomeMobilityDto(m.rank(), m.targetCode(),
            release.sheet(m.targetCode()).map(RomeSheet::title).orElse(null))).toList(),
        branchByRome.getOrDefault(s.code(), List.of()),
        release.version().describe());
  }

  private static List<RomeItemDto> items(List<RomeSheet.CompetenceLink> links) {
    return links.stream().map(l -> {
      RomeCompetence c = l.competence();
      return new RomeItemDto(RomeSheets.itemId(c.ogr()), c.label(), l.core() == RomeSheet.Core.MAIN,
          l.core() == RomeSheet.Core.EMERGING, c.macroOgr() == 0 ? null : RomeSheets.itemId(c.macroOgr()),
          c.category().isEmpty() ? null : c.category());
    }).toList();
  }

  /** The sheet's sentences, one per line in the release. */
  private static List<String> sentences(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
