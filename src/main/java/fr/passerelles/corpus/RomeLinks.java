package fr.passerelles.corpus;

import java.util.List;
import java.util.Optional;

/**
 * ROME sheets chosen by reviewers for the métiers the mobility study's annex leaves unmapped. Kept
 * apart from {@link Nomenclature2009.Metier#romeCodes()}, which holds only what the annex prints.
 */
public record RomeLinks(String source, String note, List<Link> links) {
  public RomeLinks {
    links = links == null ? List.of() : List.copyOf(links);
  }

  /**
   * @param metier a 2009 métier code, or a specialist sub-sheet id ({@code 0104-03})
   * @param reason why this sheet is the same job, for the reviewer
   */
  public record Link(String metier, List<String> romeCodes, String reason) {
    public Link {
      romeCodes = romeCodes == null ? List.of() : List.copyOf(romeCodes);
    }
  }

  public Optional<Link> forMetier(String code) {
    return links.stream().filter(l -> l.metier().equals(code)).findFirst();
  }
}
