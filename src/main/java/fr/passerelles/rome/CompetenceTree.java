package fr.passerelles.rome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ROME 4.0's competence tree: domaine → enjeu → objectif → macro-compétence (6 → 32 → 84 → 507 in
 * v460). Domaines, enjeux and objectifs have no {@code code_ogr}, only functional codes ({@code "1"},
 * {@code "1A"}, {@code "1A1"}); a macro has both ({@code 300030}, {@code "1A101"}). Competences hang
 * under macros through {@link RomeCompetence#macroOgr()}.
 */
public final class CompetenceTree {
  private final List<Domaine> domaines;
  private final Map<Integer, MacroPath> byMacroOgr;
  private final List<MacroPath> paths;

  CompetenceTree(List<Domaine> domaines) {
    this.domaines = List.copyOf(domaines);
    Map<Integer, MacroPath> index = new LinkedHashMap<>();
    for (Domaine d : this.domaines) {
      for (Enjeu e : d.enjeux()) {
        for (Objectif o : e.objectifs()) {
          for (MacroCompetence m : o.macros()) {
            index.put(m.ogr(), new MacroPath(
                new Level(d.code(), d.label()), new Level(e.code(), e.label()), new Level(o.code(), o.label()), m));
          }
        }
      }
    }
    this.byMacroOgr = Collections.unmodifiableMap(index);
    this.paths = List.copyOf(index.values());
  }

  /** The domaines in the export's order ("1" to "6"). */
  public List<Domaine> domaines() {
    return domaines;
  }

  /** Where a macro-compétence sits, by its {@code code_ogr}. */
  public Optional<MacroPath> path(int macroOgr) {
    return Optional.ofNullable(byMacroOgr.get(macroOgr));
  }

  /** All macro-compétences with their path, in tree order. */
  public List<MacroPath> paths() {
    return paths;
  }

  public int enjeuCount() {
    return domaines.stream().mapToInt(d -> d.enjeux().size()).sum();
  }

  public int objectifCount() {
    return domaines.stream().flatMap(d -> d.enjeux().stream()).mapToInt(e -> e.objectifs().size()).sum();
  }

  public int macroCount() {
    return byMacroOgr.size();
  }

  /** A domaine de compétences, e.g. {@code "1"} "Management, Social, Soin". */
  public record Domaine(String code, String label, List<Enjeu> enjeux) {
    public Domaine {
      enjeux = List.copyOf(enjeux);
    }
  }

  /** An enjeu, e.g. {@code "1A"} "Animation". */
  public record Enjeu(String code, String label, List<Objectif> objectifs) {
    public Enjeu {
      objectifs = List.copyOf(objectifs);
    }
  }

  /** An objectif, e.g. {@code "1A1"} "Animer des activités". */
  public record Objectif(String code, String label, List<MacroCompetence> macros) {
    public Objectif {
      macros = List.copyOf(macros);
    }
  }

  /** A macro-compétence, e.g. 300030 {@code "1A101"} "Concevoir et animer des activités de détente ou de loisirs". */
  public record MacroCompetence(int ogr, String code, String label) {}

  /** The code and label of a domaine, enjeu or objectif, without its children. */
  public record Level(String code, String label) {}

  /** A macro-compétence with the code and label of its domaine, enjeu and objectif. */
  public record MacroPath(Level domaine, Level enjeu, Level objectif, MacroCompetence macro) {}
}
