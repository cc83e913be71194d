package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, for the web page's end-to-end tests. Both
 * paths are explicit, so Selenium Manager never looks for (or downloads) a browser or a driver;
 * {@code bin/test} installs the two packages when they are missing.
 */
final class WebBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  /** Where the tests save their screenshots (docs/screenshots holds the committed copies). */
  static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);
  private static final Duration WAIT = Duration.ofSeconds(30);

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final String baseUrl;

  private WebBrowser(ChromeDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** Starts a fresh browser (its own profile in {@code profileDir}) on the page at {@code baseUrl}. */
  static WebBrowser start(String baseUrl, Path profileDir) {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        fail(binary + " is missing: the browser tests need Debian's chromium and chromium-driver"
            + " (bin/test installs them as root: apt-get install -y chromium chromium-driver)");
      }
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    System.setProperty("SE_AVOID_STATS", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=fr-FR",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
        "--user-data-dir=" + profileDir.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new WebBrowser(new ChromeDriver(service, options), baseUrl);
  }

  /** Loads the page afresh at a view ({@code "#/"}, {@code "#/fiches"}) and waits for its script. */
  void open(String fragment) {
    driver.get("about:blank");
    driver.get(baseUrl + fragment);
    wait.until(d -> "true".equals(js("return document.documentElement.dataset.ready || ''")));
  }

  void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement waitVisible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Sets a textarea's value as a paste would, and lets the page see the input event. */
  void paste(String css, String text) {
    js("const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1];"
        + " el.dispatchEvent(new Event('input', {bubbles: true}));", css, text);
  }

  /** Id of the focused element ("" when it has none). */
  String focusedId() {
    return (String) js("return document.activeElement ? document.activeElement.id : ''");
  }

  /**
   * Saves the whole page (the window stretched to the page's height) as {@code name}.png under
   * {@link #SCREENSHOTS}, then restores the window.
   */
  Path screenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    long height = ((Number) js("return Math.max(document.documentElement.scrollHeight, window.innerHeight)")).longValue();
    long chrome = before.height - ((Number) js("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(6000, height + chrome)));
    try {
      return viewportScreenshot(name);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Saves what the window shows now (no stretching) as {@code name}.png under {@link #SCREENSHOTS}. */
  Path viewportScreenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The console's errors since the last call: script exceptions and Content-Security-Policy
   * violations. Failed requests are left out: the page expects some (a 422 for a text not in French,
   * a 404 for a route the server does not have yet) and shows them itself.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .toList();
  }

  void assertNoConsoleErrors() {
    assertEquals(List.of(), consoleErrors(), "console errors");
  }

  /** axe-core's script, from its webjar (test scope), injected on demand. */
  private static final String AXE_SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  private static String axeSource;

  /**
   * The WCAG 2.1 A and AA violations axe-core finds in the page as it is now (folded parts
   * included: every closed {@code <details>} is opened for the check, then closed again), one line
   * per rule and element: {@code "color-contrast: #x .y …"}.
   */
  @SuppressWarnings("unchecked")
  List<String> axeViolations() {
    if (axeSource == null) {
      try (var in = WebBrowser.class.getResourceAsStream(AXE_SCRIPT)) {
        if (in == null) {
          fail("axe-core is missing from the test classpath (" + AXE_SCRIPT + ")");
        }
        axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
      js(axeSource + "\n;return true;");
    }
    Object out = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const closed = [...document.querySelectorAll('details:not([open])')];
        closed.forEach((d) => { d.open = true; });
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
          .then((r) => {
            closed.forEach((d) => { d.open = false; });
            done(r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ') + ' '
              + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200))));
          }, (e) => done(['axe failed: ' + e]));
        """);
    return (List<String>) out;
  }

  /** Fails on any WCAG 2.1 A/AA violation axe-core finds in the page as it is now. */
  void assertAccessible(String view) {
    assertEquals(List.of(), axeViolations(), "axe-core WCAG 2.1 AA violations on " + view);
  }

  /** Storage the page could have kept the text in. */
  Map<String, Object> storage() {
    @SuppressWarnings("unchecked")
    Map<String, Object> s = (Map<String, Object>) js("return {local: localStorage.length, session: sessionStorage.length,"
        + " cookie: document.cookie, href: location.href}");
    return s;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
