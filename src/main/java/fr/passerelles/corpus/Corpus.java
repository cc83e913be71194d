package fr.passerelles.corpus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The branch referential, loaded and immutable: nomenclatures, mobility method and sheets. */
public final class Corpus {
  private final Nomenclature2009 nomenclature2009;
  private final Nomenclature2024 nomenclature2024;
  private final MobilityReferential mobility;
  private final RomeLinks romeLinks;
  private final List<Sheet> sheets;
  private final Map<String, Sheet> sheetsById;
  private final Map<String, Nomenclature2009.Metier> metiersByCode;
  private final Map<String, Nomenclature2024.Metier> metiers2024ById;
  private final String checksum;

  Corpus(
      Nomenclature2009 nomenclature2009,
      Nomenclature2024 nomenclature2024,
      MobilityReferential mobility,
      RomeLinks romeLinks,
      List<Sheet> sheets,
      String checksum) {
    this.nomenclature2009 = nomenclature2009;
    this.nomenclature2024 = nomenclature2024;
    this.mobility = mobility;
    this.romeLinks = romeLinks;
    this.sheets = sheets.stream().sorted(Comparator.comparing(Sheet::id)).toList();
    this.sheetsById = index(this.sheets, Sheet::id);
    this.metiersByCode = index(nomenclature2009.metiers(), Nomenclature2009.Metier::code);
    this.metiers2024ById = index(nomenclature2024.metiers(), Nomenclature2024.Metier::id);
    this.checksum = checksum;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    // first wins: duplicates are reported by CorpusValidator, not hidden by a crash here
    return items.stream()
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public Nomenclature2009 nomenclature2009() {
    return nomenclature2009;
  }

  public Nomenclature2024 nomenclature2024() {
    return nomenclature2024;
  }

  public MobilityReferential mobility() {
    return mobility;
  }

  public RomeLinks romeLinks() {
    return romeLinks;
  }

  /**
   * The ROME sheets of a métier: the annex's codes, else the reviewers' link, else none.
   */
  public RomeMapping romeMapping(String metierCode) {
    Optional<Nomenclature2009.Metier> m = metier(metierCode);
    if (m.isPresent() && !m.get().romeCodes().isEmpty()) {
      return new RomeMapping(m.get().romeCodes(), RomeMapping.ANNEX);
    }
    return romeLinks.forMetier(metierCode)
        .map(l -> new RomeMapping(l.romeCodes(), RomeMapping.REVIEW))
        .orElse(new RomeMapping(List.of(), RomeMapping.NONE));
  }

  /** All sheets, sorted by id. */
  public List<Sheet> sheets() {
    return sheets;
  }

  /** SHA-256 over every corpus file's name and bytes: identifies this exact referential. */
  public String checksum() {
    return checksum;
  }

  public Optional<Sheet> sheet(String id) {
    return Optional.ofNullable(sheetsById.get(id));
  }

  public Optional<Nomenclature2009.Metier> metier(String code) {
    return Optional.ofNullable(metiersByCode.get(code));
  }

  public Optional<Nomenclature2024.Metier> metier2024(String id) {
    return Optional.ofNullable(metiers2024ById.get(id));
  }

  /** The default sheet of a métier (its current version), if the seeds describe it. */
  public Optional<Sheet> currentSheet(String metierCode) {
    return sheets.stream()
        .filter(s -> s.metier().equals(metierCode) && s.parentSheet() == null && s.current())
        .findFirst();
  }

  /** Every version of a métier's own sheet (not its sub-métiers), oldest first. */
  public List<Sheet> versions(String metierCode) {
    return sheets.stream()
        .filter(s -> s.metier().equals(metierCode) && s.parentSheet() == null)
        .sorted(Comparator.comparingInt(Sheet::version))
        .toList();
  }

  /** The 2024 métier that is the same job as a 2009 one, if any. */
  public Optional<Nomenclature2024.Metier> metier2024For(String code2009) {
    return nomenclature2024.metiers().stream()
        .filter(m -> code2009.equals(m.code2009()))
        .findFirst();
  }
}
