package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The employee's view in a real browser: paste a CV extract, get the closest métiers with the
 * evidence marked in the text; the refusals (empty, too long, not French); keyboard use; phone width.
 */
class WebPageExperienceIT extends WebPageTestBase {

  @Test
  void a_pasted_cv_extract_lists_the_closest_metiers_with_the_evidence_marked_in_the_text() {
    String cv = cvExtract();
    searchWith(cv);
    List<String> titles = resultTitles();
    assertEquals("Chargé(e) d'assistance", titles.get(0), titles.toString());
    assertTrue(titles.size() >= 5, titles.toString());
    assertEquals("true", browser.find("#match-results .match").getAttribute("aria-pressed"));
    assertEquals("results-title", browser.focusedId(), "focus moves to the results");
    assertTrue(browser.find("#match-status").getText().contains("métiers proches trouvés"));

    // the text is shown unchanged, its matching words in <mark>, each one a slice of the text
    WebElement text = browser.find("#cv-view");
    assertEquals(cv, browser.js("return arguments[0].textContent", text));
    List<String> marked = browser.findAll("#cv-view mark").stream().map(WebElement::getText).toList();
    assertTrue(marked.size() >= 5, marked.toString());
    marked.forEach(m -> assertTrue(cv.contains(m), m));
    // words of the task lines: "factures" is the most probable pair of the extract (0.96); "Ouverture
    // et gestion des dossiers…" sits at the evidence threshold and comes and goes with its refits
    assertTrue(marked.stream().anyMatch(m -> m.startsWith("factures") || m.startsWith("dossiers")
        || m.startsWith("rapatriement")), marked.toString());
    List<WebElement> evidence = browser.findAll("#match-detail .evidence");
    assertTrue(evidence.size() >= 3, "evidence items: " + evidence.size());
    assertTrue(evidence.get(0).getText().contains("Dans votre texte"), evidence.get(0).getText());
    // the nearest labelled texts' vote for it, said in words
    assertTrue(browser.find("#neighbours").getText().startsWith("Textes proches"), browser.find("#neighbours").getText());

    // "show in text" outlines that item's words
    evidence.get(0).findElement(org.openqa.selenium.By.cssSelector("button")).click();
    assertFalse(browser.findAll("#cv-view .active").isEmpty(), "the item's words are outlined");
    browser.assertAccessible("experience, results");
    browser.screenshot("match-results");

    // another métier: its own evidence
    WebElement regulation = browser.findAll("#match-results .match").stream()
        .filter(b -> b.getText().contains("Assistant(e) de régulation médicale")).findFirst().orElseThrow();
    regulation.click();
    assertEquals("true", regulation.getAttribute("aria-pressed"));
    assertEquals("Assistant(e) de régulation médicale", browser.find("#detail-title").getText());
    assertEquals("detail-title", browser.focusedId());
    assertFalse(browser.findAll("#cv-view mark").isEmpty());
  }

  @Test
  void a_cv_from_another_trade_searched_among_branch_metiers_is_told_it_is_outside_the_branch() {
    browser.open("#/");
    browser.paste("#cv-text", resource("/web/cv-macon.txt"));
    new org.openqa.selenium.support.ui.Select(browser.find("#match-type")).selectByValue("branch");
    browser.find("#match-submit").click();
    resultTitles();
    assertEquals("Aucune correspondance sûre", browser.find("#results-title").getText());
    String notice = browser.find("#not-confident").getText();
    assertTrue(notice.contains("hors de la branche"), notice);
    browser.assertAccessible("experience, text outside the branch");
  }

  @Test
  void a_sheet_the_text_holds_no_word_of_says_what_brings_it() {
    assumeTrue(TestEngine.hasRome(), "needs the ROME release");
    browser.open("#/");
    browser.paste("#cv-text", "Je suis boulangère depuis vingt ans.\n"
        + "Je commence à quatre heures du matin : je pétris la pâte, je façonne les baguettes et les pains de campagne, "
        + "je surveille la cuisson au four et je prépare les viennoiseries.\n"
        + "L'après-midi je nettoie le fournil et je commande la farine auprès du meunier.");
    new Select(browser.find("#match-type")).selectByValue("rome");
    browser.find("#match-submit").click();
    List<String> titles = resultTitles();
    assertTrue(titles.get(0).startsWith("Boulanger"), titles.toString());
    assertTrue(browser.findAll("#support").isEmpty(), "the baker's sheet stands on the text's words");
    // the plateau's sheet is there on the labelled texts' vote alone (docs/quality.md): said in words
    WebElement plateau = browser.findAll("#match-results .match").stream()
        .filter(b -> b.getText().contains("clientèle à distance")).findFirst().orElseThrow();
    plateau.click();
    String note = browser.find("#support").getText();
    assertTrue(note.startsWith("Votre texte ne reprend aucun mot de cette fiche") && note.contains("textes semblables"), note);
    browser.assertAccessible("experience, a sheet on the labelled texts alone");
  }

  @Test
  void markup_in_the_pasted_text_is_shown_as_text_and_never_run() {
    String hostile = cvExtract() + "\n<img src=x onerror=\"window.__pwned = 1\"><b>gras</b> <script>window.__pwned = 2</script>";
    searchWith(hostile);
    resultTitles();
    assertTrue(browser.findAll("#cv-view img, #cv-view b, #cv-view script").isEmpty());
    assertNull(browser.js("return window.__pwned === undefined ? null : window.__pwned"));
    assertEquals(hostile, browser.js("return document.getElementById('cv-view').textContent"));
  }

  @Test
  void the_pasted_text_stays_out_of_the_address_the_storage_and_the_cookies() {
    searchWith(cvExtract());
    resultTitles();
    Map<String, Object> s = browser.storage();
    assertEquals(0L, s.get("local"));
    assertEquals(0L, s.get("session"));
    assertEquals("", s.get("cookie"));
    assertFalse(((String) s.get("href")).contains("rapatriement"), (String) s.get("href"));
  }

  @Test
  void an_empty_text_is_refused_on_the_page_with_a_clear_message() {
    browser.open("#/");
    browser.paste("#cv-text", "   \n  ");
    browser.find("#match-submit").click();
    WebElement error = browser.waitVisible("#match-error .error-box");
    assertTrue(error.getText().startsWith("Le texte est vide"), error.getText());
    assertEquals("true", browser.find("#cv-text").getAttribute("aria-invalid"));
    assertEquals("cv-text", browser.focusedId(), "focus back on the text area");
    assertEquals("alert", browser.find("#match-error").getAttribute("role"));
    browser.assertAccessible("experience, empty text");
    browser.screenshot("error-empty");
  }

  @Test
  void a_text_over_the_limit_is_refused_with_its_length() {
    browser.open("#/");
    browser.paste("#cv-text", "Chargée d'assistance. ".repeat(2300)); // 50 600 characters, over the 20 000 of the page and the API
    assertTrue(browser.find("#cv-count").getText().contains("de trop"), browser.find("#cv-count").getText());
    browser.find("#match-submit").click();
    String message = browser.waitVisible("#match-error .error-box").getText().replaceAll("\\h", " ");
    assertTrue(message.startsWith("Texte trop long : 50 600 caractères pour 20 000 au plus"), message);
    assertTrue(browser.findAll("#match-results .match").isEmpty());
  }

  @Test
  void a_text_not_in_french_gets_the_servers_french_message() {
    searchWith(resource("/nlp/cv_english.txt"));
    String message = browser.waitVisible("#match-error .error-box").getText();
    assertTrue(message.startsWith("Le texte doit être rédigé en français"), message);
    assertEquals("true", browser.find("#cv-text").getAttribute("aria-invalid"));
    assertEquals("", browser.find("#match-status").getText(), "the loading message is gone");
    browser.assertAccessible("experience, text not in French");
    browser.screenshot("error-not-french");
  }

  @Test
  void the_search_works_with_the_keyboard_alone() {
    browser.open("#/");
    Actions keys = new Actions(browser.driver);
    for (int i = 0; i < 20 && !"cv-text".equals(browser.focusedId()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertEquals("cv-text", browser.focusedId(), "the text area is reachable with Tab");
    keys.sendKeys("Assistante de régulation médicale : je reçois les appels destinés aux médecins régulateurs"
        + " et je contacte les hôpitaux pour trouver des places.").perform();
    for (int i = 0; i < 5 && !"match-submit".equals(browser.focusedId()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertEquals("match-submit", browser.focusedId(), "the button follows the text area");
    assertNotEquals("none", browser.js("return getComputedStyle(document.activeElement).outlineStyle"),
        "the focused button shows a focus ring");
    keys.sendKeys(Keys.ENTER).perform();

    browser.wait.until(d -> "results-title".equals(browser.focusedId()));
    String first = resultTitles().get(0);
    assertTrue(first.contains("régulation médicale"), first); // the branch métier, or ROME's D1436 when the release is loaded
    keys.sendKeys(Keys.TAB).perform();
    assertTrue((Boolean) browser.js("return document.activeElement.classList.contains('match')"), "Tab reaches the first métier");
    keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
    assertEquals("detail-title", browser.focusedId());
    assertEquals("true", browser.findAll("#match-results .match").get(1).getAttribute("aria-pressed"));
  }

  @Test
  void at_phone_width_the_results_read_in_one_column_without_sideways_scrolling() {
    browser.resize(WebBrowser.PHONE);
    searchWith(cvExtract());
    resultTitles();
    assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
        "no horizontal scrolling");
    WebElement list = browser.find("#match-results .match-list");
    WebElement detail = browser.find("#match-detail");
    assertTrue(detail.getRect().getY() >= list.getRect().getY() + list.getRect().getHeight(), "the detail comes below the list");
    assertTrue(browser.find("#cv-text").getRect().getWidth() <= WebBrowser.PHONE.width);
    browser.viewportScreenshot("phone"); // the results' first screen: the page scrolled to their heading
    browser.find("#match-results .match").click(); // focus and scroll to the detail: title, actions, marked text
    browser.viewportScreenshot("phone-detail");
    browser.assertAccessible("experience at phone width");
  }
}
