package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

  private static IllegalArgumentException rejected(Map<String, String> flags, Map<String, String> env) {
    return assertThrows(IllegalArgumentException.class, () -> ApiConfig.from(flags, env));
  }

  @Test
  void without_flags_or_environment_every_setting_has_its_default() {
    ApiConfig c = ApiConfig.from(Map.of(), Map.of());
    assertEquals(ApiConfig.defaults(), c);
    assertEquals(8080, c.port());
    assertEquals("127.0.0.1", c.host());
    assertEquals(256 * 1024, c.maxBodyBytes());
    assertEquals(20_000, c.maxTextChars());
    assertEquals(100, c.maxPageSize());
    assertEquals(List.of(), c.corsOrigins());
    assertEquals(Duration.ofSeconds(10), c.shutdownTimeout());
    assertEquals(0, c.engineConcurrency());
    assertEquals(Runtime.getRuntime().availableProcessors(), c.engineSlots(), "0 means one per processor");
  }

  @Test
  void engine_concurrency_is_read_and_bounded() {
    assertEquals(3, ApiConfig.from(Map.of(), Map.of("PASSERELLES_ENGINE_CONCURRENCY", "3")).engineSlots());
    assertTrue(rejected(Map.of("engine-concurrency", "-1"), Map.of()).getMessage().contains("--engine-concurrency"));
    assertTrue(rejected(Map.of("engine-concurrency", "5000"), Map.of()).getMessage().contains("--engine-concurrency"));
  }

  @Test
  void environment_overrides_defaults_and_flags_override_environment() {
    Map<String, String> env = Map.of(
        "PASSERELLES_PORT", "9090",
        "PASSERELLES_HOST", "0.0.0.0",
        "PASSERELLES_MAX_TEXT_CHARS", "20000",
        "PASSERELLES_CORS_ORIGINS", "https://planning.example.fr");
    ApiConfig fromEnv = ApiConfig.from(Map.of(), env);
    assertEquals(9090, fromEnv.port());
    assertEquals("0.0.0.0", fromEnv.host());
    assertEquals(20_000, fromEnv.maxTextChars());
    assertEquals(List.of("https://planning.example.fr"), fromEnv.corsOrigins());

    ApiConfig fromFlags = ApiConfig.from(Map.of("port", "9191", "max-page-size", "20", "shutdown-timeout", "3"), env);
    assertEquals(9191, fromFlags.port());
    assertEquals(20, fromFlags.maxPageSize());
    assertEquals(Duration.ofSeconds(3), fromFlags.shutdownTimeout());
    assertEquals("0.0.0.0", fromFlags.host(), "a setting without a flag still comes from the environment");
  }

  @Test
  void blank_values_count_as_absent() {
    assertEquals(8080, ApiConfig.from(Map.of("port", " "), Map.of("PASSERELLES_PORT", "")).port());
  }

  @Test
  void cors_origins_are_split_on_commas_and_trimmed() {
    ApiConfig c = ApiConfig.from(Map.of("cors-origins", " https://a.example.fr , http://localhost:5173,"), Map.of());
    assertEquals(List.of("https://a.example.fr", "http://localhost:5173"), c.corsOrigins());
  }

  @Test
  void a_non_numeric_port_fails_naming_the_flag_and_the_variable() {
    var e = rejected(Map.of("port", "80a"), Map.of());
    assertTrue(e.getMessage().contains("--port / PASSERELLES_PORT"), e.getMessage());
    assertTrue(e.getMessage().contains("80a"), e.getMessage());
  }

  @Test
  void an_out_of_range_port_fails_naming_the_key() {
    var e = rejected(Map.of(), Map.of("PASSERELLES_PORT", "70000"));
    assertTrue(e.getMessage().contains("PASSERELLES_PORT") && e.getMessage().contains("70000"), e.getMessage());
  }

  @Test
  void a_host_with_spaces_is_rejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new ApiConfig(8080, "local host", 300_000, 1000, 10, List.of(), Duration.ZERO, 0));
    assertTrue(e.getMessage().contains("--host"), e.getMessage());
  }

  @Test
  void a_text_limit_above_the_body_limit_is_rejected_naming_both_keys() {
    var e = rejected(Map.of("max-body-bytes", "10000", "max-text-chars", "20000"), Map.of());
    assertTrue(e.getMessage().contains("--max-text-chars"), e.getMessage());
    assertTrue(e.getMessage().contains("--max-body-bytes"), e.getMessage());
  }

  @Test
  void body_limit_and_page_size_are_bounded() {
    assertTrue(rejected(Map.of("max-body-bytes", "100"), Map.of()).getMessage().contains("--max-body-bytes"));
    assertTrue(rejected(Map.of("max-body-bytes", "1000000000"), Map.of()).getMessage().contains("--max-body-bytes"));
    assertTrue(rejected(Map.of("max-page-size", "0"), Map.of()).getMessage().contains("--max-page-size"));
    assertTrue(rejected(Map.of("max-text-chars", "0"), Map.of()).getMessage().contains("--max-text-chars"));
    assertTrue(rejected(Map.of("shutdown-timeout", "-1"), Map.of()).getMessage().contains("--shutdown-timeout"));
  }

  @Test
  void cors_origins_must_be_exact_origins_without_wildcard_or_path() {
    for (String bad : List.of("*", "https://*.example.fr", "planning.example.fr", "ftp://a.fr",
        "https://a.fr/app", "https://a.fr/", "https://a.fr?x=1", "https://user@a.fr")) {
      var e = rejected(Map.of("cors-origins", bad), Map.of());
      assertTrue(e.getMessage().contains("--cors-origins / PASSERELLES_CORS_ORIGINS"), bad + " → " + e.getMessage());
    }
    assertTrue(rejected(Map.of("cors-origins", "https://a.fr,https://a.fr"), Map.of()).getMessage().contains("twice"));
  }

  @Test
  void lists_are_copied_so_the_record_stays_immutable() {
    var origins = new java.util.ArrayList<>(List.of("https://a.example.fr"));
    ApiConfig c = ApiConfig.defaults().withCorsOrigins(origins);
    origins.add("https://b.example.fr");
    assertEquals(List.of("https://a.example.fr"), c.corsOrigins());
    assertThrows(UnsupportedOperationException.class, () -> c.corsOrigins().add("https://c.example.fr"));
  }
}
