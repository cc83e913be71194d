package fr.passerelles.rome;

import fr.passerelles.rome.ReferentialLoader.Referentials;
import fr.passerelles.rome.RomeCompetence.Kind;
import fr.passerelles.rome.RomeSheet.CompetenceLink;
import fr.passerelles.rome.RomeSheet.Core;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ROME 4.0 release, loaded from France Travail's open-data folder ({@code unix_*_v460_utf8.csv},
 * {@code unix_arborescence_competence_v460.json}, {@code version.txt}). Immutable and safe to share.
 *
 * <p>Loading reads and cross-checks every file it uses and fails with a {@link
 * RomeImportException} naming the file, record, field and problem. Files it does not use (RIASEC,
 * sectors, interest centres, themes) may be absent.
 */
public final class RomeRelease {
  private static final Logger LOG = LoggerFactory.getLogger(RomeRelease.class);

  private final RomeVersion version;
  private final Map<String, RomeSheet> sheets;
  private final List<RomeSheet> sheetList;
  private final Map<Integer, RomeCompetence> competences;
  private final Map<Integer, RomeWorkContext> workContexts;
  private final Map<Integer, List<RomeCompetence>> byMacro;
  private final CompetenceTree tree;
  private final Referentials refs;

  private RomeRelease(
      RomeVersion version, List<RomeSheet> sheets, Referentials refs, CompetenceTree tree) {
    this.refs = refs;
    this.version = version;
    Map<String, RomeSheet> byCode = new LinkedHashMap<>();
    sheets.forEach(s -> byCode.put(s.code(), s));
    this.sheets = Collections.unmodifiableMap(byCode);
    this.sheetList = List.copyOf(sheets);
    this.competences = refs.competences();
    this.workContexts = refs.contexts();
    Map<Integer, List<RomeCompetence>> macros = new TreeMap<>();
    competences.values().stream().filter(c -> c.kind() != Kind.SAVOIR && !c.isMacro())
        .forEach(c -> macros.computeIfAbsent(c.macroOgr(), m -> new ArrayList<>()).add(c));
    macros.replaceAll((m, list) -> List.copyOf(list));
    this.byMacro = Collections.unmodifiableMap(macros);
    this.tree = tree;
  }

  /**
   * Loads the release in {@code source}, whatever its version suffix: a folder in the official
   * layout, or one archive file of it ({@code .zip}, {@code .tar.xz}: {@link ReleaseArchive}).
   */
  public static RomeRelease load(Path source) {
    return ReleaseArchive.isArchive(source) ? ReleaseArchive.load(source) : loadFolder(source);
  }

  static RomeRelease loadFolder(Path dir) {
    long start = System.nanoTime();
    RomeFiles files = RomeFiles.in(dir);
    RomeVersion version = RomeVersion.read(files.required(RomeVersion.FILE), files.suffix());
    if (!files.suffix().endsWith(version.number())) {
      LOG.warn("{} says version {} but the files are v{}", RomeVersion.FILE, version.number(), files.suffix());
    }
    Referentials refs = ReferentialLoader.load(files);
    CompetenceTree tree = CompetenceTreeLoader.load(files, refs.competences());
    List<RomeSheet> sheets = SheetAssembler.assemble(files, refs);
    RomeRelease release = new RomeRelease(version, sheets, refs, tree);
    LOG.info("Loaded {} from {} in {} ms: {} sheets, {} items", version.describe(), dir,
        (System.nanoTime() - start) / 1_000_000, sheets.size(), refs.competences().size());
    return release;
  }

  /**
   * The same release with the definition and access sentences of {@code codes} removed: held-out
   * evaluation builds every index from such a copy, so no component can see the held-out text.
   */
  public RomeRelease withoutTexts(Set<String> codes) {
    return withSheets(s -> codes.contains(s.code()) ? s.withTexts("", "") : s);
  }

  /**
   * The same release without the appellations whose {@code code_ogr} is in {@code ogrs}; a sheet's
   * principal appellation is kept whatever {@code ogrs} says (the sheet title stays its name).
   */
  public RomeRelease withoutAppellations(Set<Integer> ogrs) {
    return withSheets(s -> s.withAppellations(s.appellations().stream()
        .filter(a -> a.principal() || !ogrs.contains(a.ogr())).toList()));
  }

  private RomeRelease withSheets(UnaryOperator<RomeSheet> change) {
    return new RomeRelease(version, sheetList.stream().map(change).toList(), refs, tree);
  }

  public RomeVersion version() {
    return version;
  }

  /** All sheets in code order. */
  public List<RomeSheet> sheets() {
    return sheetList;
  }

  public Optional<RomeSheet> sheet(String code) {
    return Optional.ofNullable(sheets.get(code));
  }

  /** Savoir-faire, savoir-être and savoir items (macros included), by {@code code_ogr}. */
  public Map<Integer, RomeCompetence> competences() {
    return competences;
  }

  public Optional<RomeCompetence> competence(int ogr) {
    return Optional.ofNullable(competences.get(ogr));
  }

  /** The competences under a macro-compétence, in {@code code_ogr} order (empty for the savoir-être macros). */
  public List<RomeCompetence> competencesOf(int macroOgr) {
    return byMacro.getOrDefault(macroOgr, List.of());
  }

  /** Work contexts by {@code code_ogr}. */
  public Map<Integer, RomeWorkContext> workContexts() {
    return workContexts;
  }

  public CompetenceTree competenceTree() {
    return tree;
  }

  public RomeSummary summary() {
    Map<Kind, Integer> items = new EnumMap<>(Kind.class);
    competences.values().forEach(c -> items.merge(c.kind(), 1, Integer::sum));
    int macros = (int) competences.values().stream().filter(RomeCompetence::isMacro).count();
    int competenceRows = (int) competences.values().stream().filter(c -> c.kind() != Kind.SAVOIR && !c.isMacro()).count();
    List<CompetenceLink> links = sheets.values().stream()
        .flatMap(s -> Stream.of(s.savoirFaire(), s.savoirEtre(), s.savoirs()).flatMap(List::stream))
        .toList();
    return new RomeSummary(
        version,
        sheets.size(),
        sum(s -> s.appellations().size()),
        competenceRows,
        macros,
        items.getOrDefault(Kind.SAVOIR_FAIRE, 0),
        items.getOrDefault(Kind.SAVOIR_ETRE, 0),
        items.getOrDefault(Kind.SAVOIR, 0),
        workContexts.size(),
        sum(s -> s.savoirFaire().size()),
        sum(s -> s.savoirEtre().size()),
        sum(s -> s.savoirs().size()),
        sum(s -> s.workContexts().size()),
        (int) links.stream().filter(l -> l.core() == Core.MAIN).count(),
        (int) links.stream().filter(l -> l.core() == Core.EMERGING).count(),
        sum(s -> s.mobility().size()),
        tree.domaines().size(),
        tree.enjeuCount(),
        tree.objectifCount(),
        tree.macroCount());
  }

  private int sum(ToIntFunction<RomeSheet> count) {
    return sheets.values().stream().mapToInt(count).sum();
  }
}
