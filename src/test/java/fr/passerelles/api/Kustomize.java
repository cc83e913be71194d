package fr.passerelles.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of kustomize that deploy/k8s uses, for tests on machines without kubectl: resources
 * (files and folders), namespace, images, patches (strategic merge: maps merged key by key, lists
 * of named items merged by name, other lists replaced). Any other field of a kustomization fails,
 * so a manifest that starts using one is not silently rendered wrong.
 */
final class Kustomize {
  static final ObjectMapper YAML = new YAMLMapper();
  private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");

  private Kustomize() {}

  static List<ObjectNode> render(Path dir) throws IOException {
    JsonNode k = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
    for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!SUPPORTED.contains(field)) {
        throw new IllegalArgumentException(dir + "/kustomization.yaml uses '" + field + "', which this renderer does not implement");
      }
    }
    List<ObjectNode> docs = new ArrayList<>();
    for (JsonNode r : k.path("resources")) {
      Path p = dir.resolve(r.asText()).normalize();
      docs.addAll(Files.isDirectory(p) ? render(p) : readAll(p));
    }
    for (JsonNode patch : k.path("patches")) {
      for (ObjectNode change : readAll(dir.resolve(patch.path("path").asText()))) {
        ObjectNode target = docs.stream()
            .filter(d -> d.path("kind").equals(change.path("kind"))
                && d.path("metadata").path("name").equals(change.path("metadata").path("name")))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("patch " + patch + " matches no resource"));
        merge(target, change);
      }
    }
    if (k.has("namespace")) {
      docs.forEach(d -> ((ObjectNode) d.path("metadata")).put("namespace", k.path("namespace").asText()));
    }
    for (JsonNode image : k.path("images")) {
      for (ObjectNode d : docs) {
        for (JsonNode c : d.path("spec").path("template").path("spec").path("containers")) {
          String ref = c.path("image").asText();
          String name = ref.contains(":") ? ref.substring(0, ref.lastIndexOf(':')) : ref;
          if (name.equals(image.path("name").asText())) {
            String tag = image.has("newTag") ? image.path("newTag").asText() : ref.substring(name.length() + 1);
            ((ObjectNode) c).put("image", image.path("newName").asText(name) + ":" + tag);
          }
        }
      }
    }
    return docs;
  }

  static List<ObjectNode> readAll(Path file) throws IOException {
    List<ObjectNode> docs = new ArrayList<>();
    try (var parser = new YAMLFactory().createParser(file.toFile())) {
      for (Iterator<ObjectNode> it = YAML.readValues(parser, ObjectNode.class); it.hasNext(); ) {
        ObjectNode d = it.next();
        if (d != null && !d.isEmpty()) {
          docs.add(d);
        }
      }
    }
    return docs;
  }

  /** Strategic merge of {@code patch} into {@code target}. */
  static void merge(ObjectNode target, JsonNode patch) {
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      JsonNode current = target.get(e.getKey());
      JsonNode change = e.getValue();
      if (change.isNull()) {
        target.remove(e.getKey());
      } else if (current instanceof ObjectNode o && change.isObject()) {
        merge(o, change);
      } else if (current instanceof ArrayNode a && change.isArray() && named(a) && named(change)) {
        for (JsonNode item : change) {
          ObjectNode same = null;
          for (JsonNode existing : a) {
            if (existing.path("name").equals(item.path("name"))) {
              same = (ObjectNode) existing;
            }
          }
          if (same == null) {
            a.add(item.deepCopy());
          } else {
            merge(same, item);
          }
        }
      } else {
        target.set(e.getKey(), change.deepCopy());
      }
    }
  }

  private static boolean named(JsonNode list) {
    for (JsonNode item : list) {
      if (!item.isObject() || !item.has("name")) {
        return false;
      }
    }
    return !list.isEmpty();
  }
}
