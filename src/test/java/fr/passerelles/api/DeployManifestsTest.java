package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelles.config.DataPaths;
import fr.passerelles.config.UserData;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s (rendered by {@link Kustomize}, and by {@code kubectl kustomize} too where it is
 * installed), compose.yaml and the Containerfile agree with the server: every variable they set is
 * one the server (or the image's entry point) reads and holds a valid value; the ports are the
 * configured port; the probe paths are routes of the real app (health 200, ready 503 while the
 * engine opens); the grace period covers the shutdown timeout.
 */
class DeployManifestsTest {
  private static final Path K8S = Path.of("deploy", "k8s");
  private static final Path ENTRYPOINT = Path.of("deploy", "container", "entrypoint.sh");
  private static final Path HEALTHCHECK = Path.of("deploy", "container", "healthcheck.sh");
  /** Seconds between the end of the shutdown timeout and the kill: closing the engine, JVM exit. */
  private static final int EXIT_MARGIN_SECONDS = 5;

  /** Every variable the server reads (from the code) and those the image's entry point reads. */
  private static Set<String> knownVariables() throws IOException {
    Set<String> known = new TreeSet<>();
    for (ApiConfig.Key k : ApiConfig.Key.values()) {
      known.add(k.env());
    }
    known.addAll(List.of(DataPaths.ENV_CORPUS, DataPaths.ENV_ROME, DataPaths.ENV_INDEX, UserData.ENV_DATA));
    Matcher m = Pattern.compile("\\$\\{(PASSERELLES_[A-Z_]+)").matcher(Files.readString(ENTRYPOINT));
    while (m.find()) {
      known.add(m.group(1));
    }
    assertTrue(known.contains("PASSERELLES_JAVA_OPTS"), "the entry point reads the JVM options");
    return known;
  }

  private static Map<String, ObjectNode> byKind(List<ObjectNode> docs) {
    Map<String, ObjectNode> m = new LinkedHashMap<>();
    docs.forEach(d -> m.put(d.path("kind").asText(), d));
    assertEquals(docs.size(), m.size(), "one resource per kind");
    return m;
  }

  private static Map<String, String> strings(JsonNode map) {
    Map<String, String> m = new LinkedHashMap<>();
    map.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  @Test
  void base_and_overlay_render_and_agree_with_the_server_configuration() throws Exception {
    for (Path dir : List.of(K8S.resolve("base"), K8S.resolve("overlays/example"))) {
      Map<String, ObjectNode> r = byKind(Kustomize.render(dir));
      assertEquals(Set.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"), r.keySet(), dir.toString());

      Map<String, String> env = strings(r.get("ConfigMap").path("data"));
      assertTrue(knownVariables().containsAll(env.keySet()), dir + ": unknown variables " + env.keySet());
      ApiConfig config = ApiConfig.from(Map.of(), env); // throws on any invalid value

      JsonNode pod = r.get("Deployment").path("spec").path("template");
      JsonNode container = pod.path("spec").path("containers").get(0);
      assertEquals(r.get("ConfigMap").path("metadata").path("name"), container.path("envFrom").get(0).path("configMapRef").path("name"));
      JsonNode port = container.path("ports").get(0);
      assertEquals(config.port(), port.path("containerPort").asInt(), dir + ": containerPort is PASSERELLES_PORT");
      String portName = port.path("name").asText();
      assertEquals(portName, container.path("readinessProbe").path("httpGet").path("port").asText());
      assertEquals(portName, container.path("livenessProbe").path("httpGet").path("port").asText());
      assertEquals(portName, r.get("Service").path("spec").path("ports").get(0).path("targetPort").asText());
      assertProbesAreRoutes(container.path("livenessProbe").path("httpGet").path("path").asText(),
          container.path("readinessProbe").path("httpGet").path("path").asText());

      int preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt();
      assertEquals(preStop + config.shutdownTimeout().toSeconds() + EXIT_MARGIN_SECONDS,
          pod.path("spec").path("terminationGracePeriodSeconds").asLong(), dir + ": grace period");
      assertTrue(container.path("resources").path("limits").has("memory"));
      assertTrue(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean());
      assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());

      JsonNode labels = pod.path("metadata").path("labels");
      assertEquals(labels, r.get("Service").path("spec").path("selector"));
      assertEquals(labels, r.get("PodDisruptionBudget").path("spec").path("selector").path("matchLabels"));
      JsonNode hpa = r.get("HorizontalPodAutoscaler").path("spec");
      assertEquals(r.get("Deployment").path("metadata").path("name"), hpa.path("scaleTargetRef").path("name"));
      assertEquals("cpu", hpa.path("metrics").get(0).path("resource").path("name").asText());
      assertTrue(r.get("PodDisruptionBudget").path("spec").path("minAvailable").asInt() < hpa.path("minReplicas").asInt(),
          "a voluntary disruption can always evict one pod");
    }
  }

  @Test
  void the_overlay_sets_namespace_image_replicas_and_an_allowed_origin() throws Exception {
    Map<String, ObjectNode> r = byKind(Kustomize.render(K8S.resolve("overlays/example")));
    r.values().forEach(d -> assertEquals("passerelles", d.path("metadata").path("namespace").asText()));
    JsonNode spec = r.get("Deployment").path("spec");
    assertEquals(3, spec.path("replicas").asInt());
    JsonNode container = spec.path("template").path("spec").path("containers").get(0);
    assertEquals("registry.example.org/passerelles:0.1.0", container.path("image").asText());
    assertEquals("2", container.path("resources").path("requests").path("cpu").asText());
    assertEquals("2560Mi", container.path("resources").path("requests").path("memory").asText(), "kept from the base");
    ApiConfig config = ApiConfig.from(Map.of(), strings(r.get("ConfigMap").path("data")));
    assertEquals(List.of("https://planning.example.org"), config.corsOrigins());
  }

  @Test
  void kubectl_kustomize_renders_the_same_resources_where_kubectl_is_installed() throws Exception {
    Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .map(p -> Path.of(p, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(kubectl != null, "kubectl not installed: the Java renderer alone is checked");
    for (Path dir : List.of(K8S.resolve("base"), K8S.resolve("overlays/example"))) {
      Process p = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), out);
      Path rendered = Files.createTempFile("kustomize", ".yaml");
      Files.writeString(rendered, out);
      assertEquals(sorted(Kustomize.readAll(rendered)), sorted(Kustomize.render(dir)), dir.toString());
      Files.delete(rendered);
    }
  }

  @Test
  void compose_and_containerfile_use_the_server_variables_port_and_health_route() throws Exception {
    JsonNode service = Kustomize.YAML.readTree(Path.of("compose.yaml").toFile()).path("services").path("passerelles");
    Map<String, String> env = strings(service.path("environment"));
    assertTrue(knownVariables().containsAll(env.keySet()), "unknown variables " + env.keySet());
    ApiConfig config = ApiConfig.from(Map.of(), env);
    List<String> ports = new ArrayList<>();
    service.path("ports").forEach(p -> ports.add(p.asText()));
    assertTrue(ports.stream().allMatch(p -> p.endsWith(":" + config.port())), ports.toString());
    int grace = Integer.parseInt(service.path("stop_grace_period").asText().replace("s", ""));
    assertTrue(grace >= config.shutdownTimeout().toSeconds() + EXIT_MARGIN_SECONDS, "stop_grace_period " + grace);
    assertEquals("/app/bin/" + HEALTHCHECK.getFileName(), service.path("healthcheck").path("test").get(1).asText());

    String containerfile = Files.readString(Path.of("Containerfile"));
    Map<String, String> imageEnv = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(PASSERELLES_[A-Z_]+)=(\\S+)").matcher(
        containerfile.substring(containerfile.lastIndexOf("\nENV ")).split("\nEXPOSE")[0]);
    while (m.find()) {
      imageEnv.put(m.group(1), m.group(2));
    }
    assertTrue(knownVariables().containsAll(imageEnv.keySet()), imageEnv.toString());
    ApiConfig imageConfig = ApiConfig.from(Map.of(), imageEnv);
    assertTrue(containerfile.contains("\nEXPOSE " + imageConfig.port() + "\n"));
    assertTrue(containerfile.contains("HEALTHCHECK") && containerfile.contains("/app/bin/" + HEALTHCHECK.getFileName()));
    assertTrue(containerfile.contains("\nUSER 10001:10001\n"), "runs as non-root");
    assertTrue(Files.readString(HEALTHCHECK).contains("GET " + App.V1 + "/health "), "the health check asks /health");
    assertProbesAreRoutes(App.V1 + "/health", App.V1 + "/ready");
  }

  /** The real app: liveness answers 200 UP at once, readiness 503 while the engine opens. */
  private static void assertProbesAreRoutes(String liveness, String readiness) {
    JavalinTest.test(App.create(TestApi.services(), TestApi.config()), (server, client) -> {
      var live = client.get(liveness);
      assertEquals(200, live.code(), liveness);
      assertEquals("{\"status\":\"UP\"}", live.body().string());
      var ready = client.get(readiness);
      assertEquals(503, ready.code(), readiness);
      assertTrue(ready.body().string().contains("\"status\":\"STARTING\""));
    });
  }

  /** By kind; ObjectNode equality ignores key order, as YAML maps do. */
  private static List<ObjectNode> sorted(List<ObjectNode> docs) {
    return docs.stream().sorted(Comparator.comparing(d -> d.path("kind").asText())).collect(Collectors.toList());
  }
}
