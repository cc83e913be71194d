package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code openapi.json} in step with the code: the routes the app registers, and the fields of
 * the DTO records.
 */
class OpenApiDocumentTest {
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  /** Generic DTOs are documented once per use, under the name of that use. */
  private static final Map<String, String> SCHEMA_OF_GENERIC_DTO = Map.of("PageDto", "MetierPage");

  private static JsonNode document() throws IOException {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
      assertNotNull(in, "openapi.json is on the classpath");
      return RawHttp.json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** "GET /api/v1/metiers/{code}" for each route the app registers, read from Javalin's router. */
  private static Set<String> registeredRoutes() {
    var app = App.create(TestApi.services(), TestApi.config());
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> documentedRoutes(JsonNode doc) {
    Set<String> routes = new TreeSet<>();
    doc.get("paths").properties().forEach(path -> path.getValue().properties().stream()
        .map(Map.Entry::getKey)
        .filter(HTTP_METHODS::contains)
        .forEach(method -> routes.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    return routes;
  }

  @Test
  void every_registered_route_is_documented_and_every_documented_route_is_registered() throws IOException {
    Set<String> registered = registeredRoutes();
    assertTrue(registered.contains("GET /api/v1/metiers/{code}"), registered.toString());
    assertEquals(registered, documentedRoutes(document()));
  }

  @Test
  void every_reference_resolves() throws IOException {
    JsonNode doc = document();
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertTrue(refs.size() > 20, "the document uses its components");
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/"), ref);
      assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "dangling $ref " + ref);
    }
  }

  @Test
  void every_operation_has_an_id_a_json_success_and_the_error_shape_for_400_and_500() throws IOException {
    JsonNode doc = document();
    Set<String> ids = new TreeSet<>();
    doc.get("paths").properties().forEach(path -> path.getValue().properties().stream()
        .filter(op -> HTTP_METHODS.contains(op.getKey()))
        .forEach(op -> {
          String where = op.getKey() + " " + path.getKey();
          JsonNode operation = op.getValue();
          assertTrue(ids.add(operation.path("operationId").asText()), "unique operationId: " + where);
          JsonNode responses = operation.get("responses");
          // the synthesis table is the one CSV download; everything else answers JSON
          String media = path.getKey().endsWith(".csv") ? "text/csv" : "application/json";
          assertTrue(responses.path("200").path("content").has(media), where);
          assertEquals("#/components/responses/BadRequest", responses.path("400").path("$ref").asText(), where);
          assertEquals("#/components/responses/InternalError", responses.path("500").path("$ref").asText(), where);
        }));
    doc.get("components").get("responses").properties().forEach(r -> assertEquals("#/components/schemas/Error",
        r.getValue().at("/content/application~1json/schema/$ref").asText(), r.getKey()));
  }

  @Test
  void every_dto_record_has_a_schema_listing_exactly_its_fields_all_required_in_responses() throws Exception {
    JsonNode schemas = document().get("components").get("schemas");
    Map<String, Class<?>> dtoBySchema = new TreeMap<>();
    for (Class<?> dto : dtoClasses()) {
      String simple = dto.getSimpleName();
      String schema = SCHEMA_OF_GENERIC_DTO.getOrDefault(simple,
          simple.endsWith("Dto") ? simple.substring(0, simple.length() - 3) : simple);
      dtoBySchema.put(schema, dto);
    }
    Set<String> documented = new TreeSet<>();
    schemas.fieldNames().forEachRemaining(documented::add);
    assertEquals(dtoBySchema.keySet(), documented, "one schema per DTO record, none stale");

    for (Map.Entry<String, Class<?>> e : dtoBySchema.entrySet()) {
      JsonNode schema = schemas.get(e.getKey());
      Set<String> fields = Arrays.stream(e.getValue().getRecordComponents())
          .map(c -> c.getName())
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> properties = new TreeSet<>();
      schema.get("properties").fieldNames().forEachRemaining(properties::add);
      Set<String> required = new TreeSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      assertEquals(fields, properties, e.getKey() + " properties vs " + e.getValue().getSimpleName());
      if (e.getKey().endsWith("Request")) {
        // a request body: the client may leave options out, but never send a field we ignore
        // text-bearing requests require their text; others require at least their main field
        assertTrue(fields.containsAll(required) && !required.isEmpty()
            && (!fields.contains("text") || required.contains("text")), e.getKey() + " required");
        assertEquals(false, schema.path("additionalProperties").asBoolean(true), e.getKey() + " closed");
      } else {
        // nulls are serialized, so every field of a response is always present
        assertEquals(fields, required, e.getKey() + " required");
      }
    }
  }

  /** The records of {@code fr.passerelles.api.dto}, read from the compiled classes folder. */
  private static List<Class<?>> dtoClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(fr.passerelles.api.dto.ErrorDto.class.getResource("ErrorDto.class").toURI()).getParent();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> c = Class.forName("fr.passerelles.api.dto." + name.substring(0, name.length() - 6));
          assertTrue(c.isRecord(), c + " is a record");
          out.add(c);
        }
      }
    }
    assertTrue(out.size() > 15, out.toString());
    return out;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
