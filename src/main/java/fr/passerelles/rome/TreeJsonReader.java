package fr.passerelles.rome;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.rome.CompetenceTree.Domaine;
import fr.passerelles.rome.CompetenceTree.Enjeu;
import fr.passerelles.rome.CompetenceTree.MacroCompetence;
import fr.passerelles.rome.CompetenceTree.Objectif;
import fr.passerelles.rome.TreeSource.Listed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads France Travail's JSON competence tree ({@code unix_arborescence_competence_v*.json}):
 * {@code arborescence_competence.domaine_competence[].liste_enjeux[].liste_objectifs[]
 * .liste_macro_competences[].liste_competences[]}. The file is ISO-8859-15 ({@link
 * RomeFiles#read} tells); errors name the JSON path of the missing or malformed field.
 */
final class TreeJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String file;
  private final Map<Integer, String> locations = new HashMap<>();
  private final List<Listed> listed = new ArrayList<>();

  private TreeJsonReader(String file) {
    this.file = file;
  }

  static TreeSource read(Path path) {
    TreeJsonReader r = new TreeJsonReader(path.getFileName().toString());
    JsonNode root;
    try {
      root = JSON.readTree(RomeFiles.read(path));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + " column " + at.getColumnNr();
      throw new RomeImportException(r.file, where, "", "malformed JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode top = r.child(root, "arborescence_competence", "");
    List<Domaine> domaines = new ArrayList<>();
    r.each(top, "domaine_competence", "arborescence_competence", (d, dPath) -> {
      List<Enjeu> enjeux = new ArrayList<>();
      r.each(d, "liste_enjeux", dPath, (e, ePath) -> {
        List<Objectif> objectifs = new ArrayList<>();
        r.each(e, "liste_objectifs", ePath, (o, oPath) -> {
          List<MacroCompetence> macros = new ArrayList<>();
          r.each(o, "liste_macro_competences", oPath, (m, mPath) -> macros.add(r.macro(m, mPath)));
          objectifs.add(new Objectif(r.text(o, "code_fonctionnel_objectif", oPath),
              r.text(o, "libelle_objectif", oPath), macros));
        });
        enjeux.add(new Enjeu(r.text(e, "code_fonctionnel_enjeu", ePath), r.text(e, "libelle_enjeu", ePath), objectifs));
      });
      domaines.add(new Domaine(r.text(d, "code_fonctionnel_domaine_competence", dPath),
          r.text(d, "libelle_domaine_competence", dPath), enjeux));
    });
    return new TreeSource(r.file, domaines, r.locations, r.listed);
  }

  private MacroCompetence macro(JsonNode m, String path) {
    int ogr = ogr(m, "code_ogr_macro_competence", path);
    if (locations.putIfAbsent(ogr, path) != null) {
      throw new RomeImportException(file, path, "code_ogr_macro_competence", "duplicate macro " + ogr);
    }
    each(m, "liste_competences", path, (c, cPath) ->
        listed.add(new Listed(ogr(c, "code_ogr_competence", cPath), text(c, "libelle_competence", cPath), ogr, cPath)));
    return new MacroCompetence(ogr, text(m, "code_fonctionnel_macro_competence", path),
        text(m, "libelle_macro_competence", path));
  }

  private interface Visitor {
    void visit(JsonNode element, String path);
  }

  private void each(JsonNode node, String field, String path, Visitor visitor) {
    JsonNode array = child(node, field, path);
    if (!array.isArray()) {
      throw new RomeImportException(file, path, field, "not an array");
    }
    for (int i = 0; i < array.size(); i++) {
      visitor.visit(array.get(i), path + "." + field + "[" + i + "]");
    }
  }

  private JsonNode child(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new RomeImportException(file, path.isEmpty() ? "$" : path, field, "missing");
    }
    return v;
  }

  private String text(JsonNode node, String field, String path) {
    JsonNode v = child(node, field, path);
    if (!v.isValueNode()) {
      throw new RomeImportException(file, path, field, "not a value");
    }
    String s = LabelCleaner.clean(v.asText());
    if (s.isEmpty()) {
      throw new RomeImportException(file, path, field, "empty value");
    }
    return s;
  }

  private int ogr(JsonNode node, String field, String path) {
    JsonNode v = child(node, field, path);
    String s = v.asText().strip();
    if ((v.isIntegralNumber() || v.isTextual()) && s.matches("[1-9]\\d{0,9}")) {
      long n = Long.parseLong(s);
      if (n <= Integer.MAX_VALUE) {
        return (int) n;
      }
    }
    throw new RomeImportException(file, path, field, "not a positive integer: " + v);
  }
}
