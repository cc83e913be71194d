package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's modules run in the browser on inputs the live API does not produce on demand:
 * overlapping or wrong offsets, characters outside the BMP, the mobility route's answer (a fixture
 * shaped like the mobility module's records, until the route exists), a missing route, a server
 * that is starting, a network failure. No engine needed: the server only serves the files.
 */
class WebPageScriptsIT {
  @TempDir
  static Path tmp;
  static Javalin server;
  static WebBrowser browser;

  @BeforeAll
  static void start() {
    server = App.create(TestApi.services(), TestApi.config().withPort(0)).start();
    browser = WebBrowser.start("http://127.0.0.1:" + server.port() + "/", tmp.resolve("browser-profile"));
    browser.open("#/fiches");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  /** Runs an async function body in the page (it may {@code await import(...)}) and parses what it returns. */
  private static JsonNode run(String body, Object... args) {
    Object out = browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; const args = Array.from(arguments).slice(0, -1);"
            + "(async (args) => {" + body + "})(args).then(r => done(JSON.stringify(r)), e => done(JSON.stringify({thrown: String(e)})));",
        args);
    JsonNode json = RawHttp.json((String) out);
    assertFalse(json.has("thrown"), () -> json.get("thrown").asText());
    return json;
  }

  private static String resource(String name) {
    try (InputStream in = WebPageScriptsIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void highlighting_cuts_the_text_at_every_boundary_and_drops_offsets_that_do_not_match_it() {
    JsonNode r = run("""
        const { pieces } = await import('./js/highlight.js');
        const text = 'Je réceptionne les appels 😀 des bénéficiaires.';
        const at = (w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
        const spans = [
          { ...at('réceptionne les appels'), type: 'segment', evidence: 0 },
          { ...at('réceptionne'), type: 'mark', evidence: 0 },
          { ...at('appels'), type: 'mark', evidence: 0 },
          { ...at('appels 😀 des bénéficiaires'), type: 'segment', evidence: 1 },
          { ...at('bénéficiaires'), type: 'mark', evidence: 1 },
          { start: 3, end: 14, text: 'autre chose', type: 'mark', evidence: 2 },
          { start: 40, end: 400, type: 'mark', evidence: 2 },
          { start: 5, end: 5, type: 'mark', evidence: 2 },
        ];
        const out = pieces(text, spans);
        return { joined: out.pieces.map((p) => p.text).join(''), text, dropped: out.dropped,
          marks: out.pieces.filter((p) => p.mark).map((p) => p.text),
          segmentOnly: out.pieces.filter((p) => p.segment && !p.mark).map((p) => p.text),
          shared: out.pieces.find((p) => p.text === 'appels').evidence };
        """);
    assertEquals(r.get("text").asText(), r.get("joined").asText(), "the pieces rebuild the text");
    assertEquals(3, r.get("dropped").asInt(), "wrong text, out of range, empty");
    assertEquals("[\"réceptionne\",\"appels\",\"bénéficiaires\"]", r.get("marks").toString());
    assertEquals("[\" les \",\" 😀 des \"]", r.get("segmentOnly").toString());
    assertEquals("[0,1]", r.get("shared").toString(), "a word in two evidence segments belongs to both");
  }

  @Test
  void the_highlighted_text_is_built_from_text_nodes_only() {
    JsonNode r = run("""
        const { renderHighlighted } = await import('./js/highlight.js');
        const text = '<b>Accueil</b> des <img src=x onerror=alert(1)> bénéficiaires';
        const box = document.createElement('div');
        const w = '<b>Accueil</b>';
        const { marks } = renderHighlighted(box, text, [{ start: 0, end: w.length, text: w, type: 'mark', evidence: 0 }]);
        return { marks, html: box.innerHTML, elements: box.querySelectorAll('b, img').length, same: box.textContent === text };
        """);
    assertEquals(1, r.get("marks").asInt());
    assertEquals(0, r.get("elements").asInt());
    assertTrue(r.get("same").asBoolean());
    assertTrue(r.get("html").asText().startsWith("<mark data-evidence=\"0\">&lt;b&gt;Accueil&lt;/b&gt;</mark>"), r.get("html").asText());
  }

  @Test
  void the_mobility_answer_is_read_by_degree_with_missing_competences_grouped_by_field() {
    JsonNode r = run("""
        const { normalizePasserelles, groupByField } = await import('./js/adapters.js');
        const area = normalizePasserelles(JSON.parse(args[0]));
        const p1 = area.degrees[0].passerelles[0];
        const p2 = area.degrees[1].passerelles[0];
        return { area, groups1: groupByField(p1.missing).map((g) => g.field ? g.field.label : null),
          groups2: groupByField(p2.missing).map((g) => [g.field.label, g.competences.length]) };
        """, resource("/web/passerelles-0102.json"));
    JsonNode area = r.get("area");
    assertEquals("Chargé(e) d'assistance", area.get("origin").get("title").asText());
    assertEquals(3, area.get("degrees").size());
    JsonNode p1 = area.get("degrees").get(0).get("passerelles").get(0);
    assertEquals("0401", p1.get("targetId").asText());
    assertEquals("referential", p1.get("source").asText());
    assertEquals(2, p1.get("missing").size(), "a shared competence is not missing");
    assertEquals(0.67, p1.get("aiExposure").get("pwcScore").asDouble());
    assertEquals("[\"Gestion administrative\",null]", r.get("groups1").toString(), "unplaced competences last");
    JsonNode p2 = area.get("degrees").get(1).get("passerelles").get(0);
    assertEquals("rome", p2.get("targetType").asText());
    assertEquals("computed", p2.get("source").asText());
    assertEquals("acquire", p2.get("missing").get(0).get("action").asText());
    assertTrue(p2.get("aiExposure").isNull());
    assertEquals("[[\"Gestion financière\",2],[\"Management\",1]]", r.get("groups2").toString());
    assertEquals("[\"Gestion financière\"]", p2.get("newFields").findValues("label").toString());
    assertEquals(0, area.get("degrees").get(2).get("passerelles").size());
    assertEquals("[\"Assistant de maîtrise d'ouvrage\"]", area.get("unresolved").toString());
  }

  /**
   * The whole view on the fixture, the page's own fetch answering the mobility route with it:
   * what the page will show once the route exists (the saved screenshot is not real data).
   */
  @Test
  void the_passerelles_view_renders_a_mobility_answer_by_degree_with_missing_competences_by_field() {
    browser.open("#/fiches");
    browser.js("""
        const fixture = arguments[0];
        const real = window.fetch;
        window.fetch = (url, init) => /\\/passerelles$/.test(new URL(url).pathname)
          ? Promise.resolve(new Response(fixture, { status: 200, headers: { 'Content-Type': 'application/json' } }))
          : real(url, init);
        location.hash = '#/passerelles/0102';
        """, resource("/web/passerelles-0102.json"));
    browser.waitVisible("#passerelles-content .passerelle");
    assertEquals("Passerelles depuis « Chargé(e) d'assistance »", browser.find("#passerelles-title").getText());
    assertEquals(3, browser.findAll("#passerelles-content section.degree").size());
    assertEquals("2 passerelles en 3 degrés.", browser.find("#passerelles-status").getText());
    var cards = browser.findAll("#passerelles-content .passerelle");
    assertTrue(cards.get(0).getText().contains("Exposition à l'IA générative : En forte transformation (score PwC 0,67 ; experts 1,00, sur 1)"),
        cards.get(0).getText());
    assertTrue(cards.get(1).getText().contains("Champs de compétences nouveaux :"));
    assertTrue(cards.get(1).getText().contains("Calculée"));
    assertEquals(java.util.List.of("Gestion administrative (1)", "Compétences non classées (1)"),
        cards.get(0).findElements(org.openqa.selenium.By.cssSelector(".field-group h4")).stream().map(e -> e.getText()).toList());
    assertEquals("Aucune passerelle de ce degré.", browser.find("#passerelles-content section.degree[data-degree='3'] .empty").getText());
    assertTrue(browser.find("#passerelles-content").getText().contains("Assistant de maîtrise d'ouvrage"));
    browser.assertAccessible("passerelles on the fixture");
    browser.screenshot("passerelles-fixture");
    browser.assertNoConsoleErrors();
  }

  /**
   * After a search, "Tenir compte de mon expérience" posts the text to {@code POST /passerelles}
   * (stubbed here with the fixture, as the match) and shows the competences the text already shows
   * apart from the missing ones; a server without that route says so.
   */
  @Test
  void the_personal_passerelles_set_apart_what_the_pasted_text_already_shows() {
    browser.open("#/");
    browser.js("""
        const [fixture, withPersonalRoute] = arguments;
        const area = JSON.parse(fixture);
        const json = (body, status = 200) => Promise.resolve(new Response(JSON.stringify(body),
          { status, headers: { 'Content-Type': 'application/json' } }));
        const match = { segments: 1, phrases: 0, matches: [{ id: '0102', type: 'branch', metier: '0102',
          title: "Chargé(e) d'assistance", family: '01', familyLabel: "Opérations d'assistance", score: 0.9,
          textScore: 1, evidenceScore: 0.5, borrowedFrom: [], evidence: [] }] };
        const personal = structuredClone(area);
        const first = personal.degrees[0].passerelles[0];
        first.missing = first.missing.filter((c) => c.id !== '0401-C03');
        first.evidenced = [{ competenceId: '0401-C03', text: 'Contrôler les factures des prestataires',
          sentence: { start: 0, end: 52, text: 'Contrôle et validation des factures des prestataires' }, strength: 0.61 }];
        const real = window.fetch;
        window.__posted = [];
        window.fetch = (url, init) => {
          const path = new URL(url).pathname;
          if (path.endsWith('/match')) return json(match);
          if (path.endsWith('/metiers/0102/passerelles')) return json(area);
          if (path.endsWith('/api/v1/passerelles')) {
            window.__posted.push(JSON.parse(init.body));
            return withPersonalRoute
              ? json({ closest: { id: '0102', type: 'branch', title: "Chargé(e) d'assistance" }, matchScore: 0.9, area: personal })
              : json({ status: 404, error: 'Not Found', message: 'Ressource inconnue : POST /api/v1/passerelles', requestId: 'r-12345678' }, 404);
          }
          return real(url, init);
        };
        """, resource("/web/passerelles-0102.json"), true);
    browser.paste("#cv-text", "Contrôle et validation des factures des prestataires.");
    browser.find("#match-submit").click();
    browser.waitVisible("#show-passerelles").click();
    browser.waitVisible("#personal-submit").click();
    browser.waitVisible("#personal-note");
    assertEquals("Vos passerelles depuis « Chargé(e) d'assistance »", browser.find("#passerelles-title").getText());
    // the métier the person chose is sent as the origin of the gaps
    assertEquals("[{\"text\":\"Contrôle et validation des factures des prestataires.\",\"origin\":\"0102\"}]",
        browser.js("return JSON.stringify(window.__posted)"));
    var first = browser.find("#passerelles-content .passerelle");
    assertTrue(first.getText().contains("Compétences à acquérir ou approfondir : 1, en 1 champ"), first.getText());
    first.findElement(org.openqa.selenium.By.cssSelector("details.evidenced summary")).click();
    assertTrue(first.getText().contains("Contrôler les factures des prestataires ← « Contrôle et validation des factures des prestataires »"),
        first.getText());
    assertEquals("1 compétence déjà montrée par votre texte.", browser.find("#passerelles-status").getText());
    browser.assertNoConsoleErrors();
  }

  @Test
  void without_the_personal_route_the_offer_says_it_is_unavailable() {
    browser.open("#/");
    browser.js("""
        const area = arguments[0];
        const json = (body, status = 200) => Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body),
          { status, headers: { 'Content-Type': 'application/json' } }));
        const real = window.fetch;
        window.fetch = (url, init) => {
          const path = new URL(url).pathname;
          if (path.endsWith('/match')) return json({ segments: 1, phrases: 0, matches: [{ id: '0102', type: 'branch',
            title: "Chargé(e) d'assistance", score: 0.9, evidence: [] }] });
          if (path.endsWith('/metiers/0102/passerelles')) return json(area);
          if (path.endsWith('/api/v1/passerelles')) return json({ status: 404, error: 'Not Found',
            message: 'Ressource inconnue : POST /api/v1/passerelles', requestId: 'r-12345678' }, 404);
          return real(url, init);
        };
        """, resource("/web/passerelles-0102.json"));
    browser.paste("#cv-text", "Chargée d'assistance.");
    browser.find("#match-submit").click();
    browser.waitVisible("#show-passerelles").click();
    browser.waitVisible("#personal-submit").click();
    String notice = browser.waitVisible("#personal-unavailable").getText();
    assertTrue(notice.startsWith("Passerelles personnalisées indisponibles"), notice);
    assertEquals("", browser.find("#passerelles-error").getText());
    assertEquals(2, browser.findAll("#passerelles-content .passerelle").size(), "the métier's passerelles stay");
    browser.assertNoConsoleErrors();
  }

  @Test
  void a_missing_route_means_unavailable_while_an_unknown_metier_is_an_error() {
    JsonNode r = run("""
        const { createApi } = await import('./js/api.js');
        const { fetchPasserelles, searchCompetences } = await import('./js/adapters.js');
        const answer = (status, message, headers = {}) => async () => new Response(
          JSON.stringify({ status, error: 'x', message, requestId: 'req-12345678' }),
          { status, headers: { 'Content-Type': 'application/json', ...headers } });
        const missing = createApi({ fetchImpl: answer(404, 'Ressource inconnue : GET /api/v1/metiers/0102/passerelles') });
        const unknown = createApi({ fetchImpl: answer(404, 'Métier inconnu : 9999') });
        const starting = createApi({ fetchImpl: answer(503, 'Le moteur de recherche démarre.', { 'Retry-After': '5' }) });
        const offline = createApi({ fetchImpl: async () => { throw new TypeError('Failed to fetch'); } });
        const caught = async (p) => { try { await p; return null; } catch (e) {
          return { status: e.status, message: e.message, requestId: e.requestId, retryAfter: e.retryAfter }; } };
        return {
          missing: await fetchPasserelles(missing, '0102'),
          missingSearch: await searchCompetences(missing, 'accueil'),
          unknown: await caught(fetchPasserelles(unknown, '9999')),
          starting: await caught(fetchPasserelles(starting, '0102')),
          offline: await caught(fetchPasserelles(offline, '0102')),
        };
        """);
    assertFalse(r.get("missing").get("available").asBoolean());
    assertFalse(r.get("missingSearch").get("available").asBoolean());
    assertEquals(404, r.get("unknown").get("status").asInt());
    assertEquals("Métier inconnu : 9999", r.get("unknown").get("message").asText());
    assertEquals("req-12345678", r.get("unknown").get("requestId").asText());
    assertEquals(503, r.get("starting").get("status").asInt());
    assertEquals(5, r.get("starting").get("retryAfter").asInt());
    assertEquals(0, r.get("offline").get("status").asInt());
    assertTrue(r.get("offline").get("message").asText().startsWith("Le service ne répond pas"));
  }

  @Test
  void the_branch_metiers_of_a_competence_search_are_kept_in_order_and_absent_from_an_older_server() {
    JsonNode r = run("""
        const { normalizeCompetenceSearch } = await import('./js/adapters.js');
        return {
          older: normalizeCompetenceSearch({ total: 0, items: [] }),
          current: normalizeCompetenceSearch({ total: 3, items: [], branchMetierTotal: 1, branchMetiers: [
            { metier: '0403', title: 'Chargé(e) de réclamations clients', sheetIds: ['0403'], itemCount: 1,
              items: [{ id: 'M1704-D01', text: 'Organise le traitement des réclamations' }, { id: 'x' }] },
            { title: 'sans code' },
            { metier: '0102', sheetIds: ['0102', '0102-v2'], itemCount: 5, items: [{ id: '0102-v2-C10', text: 'Analyser les réclamations' }] }] }),
        };
        """);
    assertTrue(r.get("older").get("branchMetiers").isNull(), "no block when the server does not send them");
    JsonNode metiers = r.get("current").get("branchMetiers");
    assertEquals(2, metiers.size(), "an entry without a code is dropped");
    assertEquals("0403", metiers.get(0).get("code").asText());
    assertEquals(1, metiers.get(0).get("items").size(), "an item without text is dropped");
    assertEquals("0102", metiers.get(1).get("title").asText(), "the code stands for a missing title");
    assertEquals(5, metiers.get(1).get("itemCount").asInt());
    assertEquals(2, r.get("current").get("branchMetierTotal").asInt(), "never fewer than the métiers listed");
  }

  @Test
  void the_text_is_checked_before_it_is_sent() {
    JsonNode r = run("""
        const { checkText, MAX_TEXT_CHARS } = await import('./js/adapters.js');
        return { empty: checkText(''), blank: checkText(' \\n\\t '), ok: checkText('Chargée d\\'assistance'),
          atLimit: checkText('a'.repeat(MAX_TEXT_CHARS)), over: checkText('a'.repeat(MAX_TEXT_CHARS + 1)), max: MAX_TEXT_CHARS };
        """);
    assertEquals(ApiConfig.DEFAULT_MAX_TEXT_CHARS, r.get("max").asInt(), "the API's default --max-text-chars");
    assertTrue(r.get("empty").asText().startsWith("Le texte est vide"));
    assertTrue(r.get("blank").asText().startsWith("Le texte est vide"));
    assertTrue(r.get("ok").isNull());
    assertTrue(r.get("atLimit").isNull());
    assertTrue(r.get("over").asText().replaceAll("\\h", " ").startsWith("Texte trop long : 20 001 caractères pour 20 000 au plus"),
        r.get("over").asText());
  }

  /** Installs a stand-in for fetch: `/match` answers each of `answers` in turn ({status, body, headers}). */
  private static void stubMatch(String answersJson) {
    browser.js("""
        const answers = JSON.parse(arguments[0]);
        const real = window.fetch;
        window.__matchCalls = 0;
        window.fetch = (url, init) => {
          if (!new URL(url).pathname.endsWith('/match')) return real(url, init);
          const a = answers[Math.min(window.__matchCalls++, answers.length - 1)];
          return Promise.resolve(new Response(JSON.stringify(a.body), { status: a.status,
            headers: { 'Content-Type': 'application/json', ...(a.headers || {}) } }));
        };
        """, answersJson);
  }

  private static final String ONE_MATCH = "{\"status\":200,\"body\":{\"segments\":1,\"phrases\":0,\"matches\":[{\"id\":\"0102\","
      + "\"type\":\"branch\",\"title\":\"Chargé(e) d'assistance\",\"score\":0.9,\"evidence\":[]}]}}";

  @Test
  void a_server_error_quotes_its_reference_once_offers_no_retry_and_clears_the_old_results() {
    browser.open("#/");
    stubMatch("[" + ONE_MATCH + ",{\"status\":500,\"body\":{\"status\":500,\"error\":\"Internal Server Error\","
        + "\"message\":\"Erreur interne du serveur. Référence : ref-5150-abcd.\",\"requestId\":\"ref-5150-abcd\"}}]");
    browser.paste("#cv-text", "Chargée d'assistance : j'organise des rapatriements.");
    browser.find("#match-submit").click();
    browser.waitVisible("#match-results .match");
    browser.paste("#cv-text", "Un autre texte.");
    browser.find("#match-submit").click();
    String error = browser.waitVisible("#match-error .error-box").getText();
    assertEquals(1, error.split("ref-5150-abcd", -1).length - 1, "the reference once: " + error);
    assertTrue(error.contains("Réessayer donnerait la même erreur"), error);
    assertTrue(browser.findAll("#match-error button").isEmpty(), "no retry for a 500");
    assertFalse(browser.find("#match-results").isDisplayed(), "the old results are gone");
    assertTrue(browser.findAll("#match-results .match").isEmpty());
    browser.assertAccessible("experience, server error");
    browser.assertNoConsoleErrors();
  }

  @Test
  void a_refused_text_gets_no_retry_while_a_starting_server_does() {
    browser.open("#/");
    stubMatch("[{\"status\":422,\"body\":{\"status\":422,\"error\":\"Unprocessable Entity\","
        + "\"message\":\"Le texte ne semble pas être en français.\",\"requestId\":\"r-422\"}},"
        + "{\"status\":503,\"headers\":{\"Retry-After\":\"5\"},\"body\":{\"status\":503,\"error\":\"Service Unavailable\","
        + "\"message\":\"Le moteur de recherche démarre.\",\"requestId\":\"r-503\"}}]");
    browser.paste("#cv-text", "I organise repatriations.");
    browser.find("#match-submit").click();
    String refused = browser.waitVisible("#match-error .error-box").getText();
    assertTrue(refused.startsWith("Le texte ne semble pas être en français."), refused);
    assertTrue(refused.contains("Modifiez le texte"), refused);
    assertFalse(refused.contains("r-422"), "no reference for a 4xx");
    assertTrue(browser.findAll("#match-error button").isEmpty(), "a 422 would fail again: no retry");
    assertEquals("cv-text", browser.focusedId(), "the field to correct");
    browser.find("#match-submit").click();
    browser.wait.until(d -> browser.find("#match-error").getText().startsWith("Le moteur de recherche démarre."));
    assertTrue(browser.find("#match-error").getText().contains("Réessayez dans 5 secondes."));
    assertEquals("Réessayer", browser.find("#match-error button").getText());
    browser.assertNoConsoleErrors();
  }

  @Test
  void on_a_phone_the_alert_is_brought_into_view() {
    browser.resize(WebBrowser.PHONE);
    try {
      browser.open("#/");
      stubMatch("[{\"status\":422,\"body\":{\"status\":422,\"error\":\"Unprocessable Entity\","
          + "\"message\":\"Le texte ne semble pas être en français.\",\"requestId\":\"r-422\"}}]");
      browser.paste("#cv-text", "I organise repatriations.\n".repeat(40));
      browser.find("#match-submit").click();
      browser.waitVisible("#match-error .error-box");
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> box = (java.util.Map<String, Object>) browser.js(
          "const r = document.querySelector('#match-error .error-box').getBoundingClientRect();"
              + " return {top: r.top, bottom: r.bottom, vh: window.innerHeight};");
      assertTrue(((Number) box.get("top")).doubleValue() >= 0
          && ((Number) box.get("bottom")).doubleValue() <= ((Number) box.get("vh")).doubleValue(), "alert in view: " + box);
      browser.viewportScreenshot("phone-error");
    } finally {
      browser.resize(WebBrowser.DESKTOP);
    }
  }

  @Test
  void effacer_during_a_search_cancels_it() {
    browser.open("#/");
    browser.js("""
        const real = window.fetch;
        window.__aborted = false;
        window.fetch = (url, init) => new URL(url).pathname.endsWith('/match')
          ? new Promise((resolve, reject) => init.signal.addEventListener('abort', () => {
              window.__aborted = true;
              reject(new DOMException('The user aborted a request.', 'AbortError'));
            }))
          : real(url, init);
        """);
    browser.paste("#cv-text", "Chargée d'assistance.");
    browser.find("#match-submit").click();
    browser.wait.until(d -> browser.find("#match-status").getText().startsWith("Recherche des métiers proches"));
    assertEquals("true", browser.find("#match-submit").getAttribute("aria-disabled"));
    browser.find("#match-clear").click();
    assertEquals(Boolean.TRUE, browser.js("return window.__aborted"), "the request is aborted");
    assertEquals("Recherche annulée.", browser.find("#match-status").getText());
    assertEquals("", browser.find("#match-error").getText(), "a cancelled search is not an error");
    assertEquals(null, browser.find("#match-submit").getAttribute("aria-disabled"));
    assertEquals("", browser.find("#cv-text").getAttribute("value"));
    assertEquals(null, browser.find("#match-results").getAttribute("aria-busy"));
    browser.assertNoConsoleErrors();
  }

  /** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] c = rgb.replaceAll("[^0-9,]", "").split(",");
    double[] w = {0.2126, 0.7152, 0.0722};
    double l = 0;
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(c[i]) / 255.0;
      l += w[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
    }
    return l;
  }

  @Test
  void the_focus_ring_and_the_matched_lines_stand_out_at_3_to_1() {
    browser.open("#/");
    @SuppressWarnings("unchecked")
    java.util.Map<String, String> c = (java.util.Map<String, String>) browser.js("""
        const box = document.createElement('div');
        box.className = 'cv-view';
        const seg = document.createElement('span');
        seg.className = 'seg';
        seg.textContent = 'ligne';
        box.append(seg);
        document.getElementById('match-results').hidden = false;
        document.getElementById('match-results').append(box);
        const button = document.getElementById('match-clear');
        // a keyboard focus, so :focus-visible applies
        button.focus();
        const out = { paper: getComputedStyle(box).backgroundColor, seg: getComputedStyle(seg).backgroundColor,
          ink: getComputedStyle(seg).color, page: getComputedStyle(document.body).backgroundColor,
          focus: getComputedStyle(document.documentElement).getPropertyValue('--focus').trim() };
        box.remove();
        const probe = document.createElement('span');
        probe.style.color = out.focus;
        document.body.append(probe);
        out.focus = getComputedStyle(probe).color;
        probe.remove();
        return out;
        """);
    assertTrue(contrast(c.get("seg"), c.get("paper")) >= 3, "matched-line tint " + c);
    assertTrue(contrast(c.get("ink"), c.get("seg")) >= 4.5, "text on the tint " + c);
    assertTrue(contrast(c.get("focus"), c.get("paper")) >= 3, "focus ring on white " + c);
    assertTrue(contrast(c.get("focus"), c.get("page")) >= 3, "focus ring on the page " + c);
  }

  /** The axe-core check the other tests rely on does report a violation: an input without a label. */
  @Test
  void the_accessibility_check_reports_a_violation_when_there_is_one() {
    browser.open("#/fiches");
    browser.js("const i = document.createElement('input'); i.id = 'axe-probe'; document.getElementById('main').append(i);");
    java.util.List<String> violations = browser.axeViolations();
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("label: #axe-probe")), violations.toString());
    browser.open("#/fiches");
  }
}
