package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * User journeys in Debian's headless Chromium against the app on a random port, with the demo
 * data. Every page a journey checks is screenshotted into {@code target/screenshots} and scanned
 * with axe-core; serious or critical accessibility violations fail the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "binaan.demo.password=" + BrowserTest.DEMO_PASSWORD)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "demo-sandi-uji-2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    @LocalServerPort
    int port;

    protected WebDriver browser;
    /** Where Chromium saves downloaded files, without asking. */
    protected Path downloads;
    private Path userDataDirectory;
    private int shots;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true, so a missing browser fails the build)");
            }
            Assumptions.abort(message);
        }
        userDataDirectory = Files.createTempDirectory("binaan-chromium");
        downloads = Files.createTempDirectory("binaan-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,1000",
                "--user-data-dir=" + userDataDirectory);
        configure(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** For a journey that needs more of the browser (its network settings, its logs). */
    protected void configure(ChromeOptions options) {
    }

    /** Each test starts signed out, in Indonesian. */
    @AfterEach
    void forgetTheVisitor() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
        }
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected void login(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement page = browser.findElement(By.tagName("body"));
        browser.findElement(By.id("login-submit")).click();
        waitForNewPage(page);
    }

    /** Signs out through the form in the navigation and waits for the login page. */
    protected void logout() {
        openAccountMenu();
        WebElement button = browser.findElement(By.id("logout"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> path().startsWith("/login"));
    }

    /** Opens the account menu in the navigation (on a phone, the collapsed navigation first). */
    protected void openAccountMenu() {
        if (browser.findElement(By.id("logout")).isDisplayed()) {
            return;
        }
        WebElement toggler = browser.findElement(By.cssSelector(".navbar-toggler"));
        if (toggler.isDisplayed() && !browser.findElement(By.id("current-user")).isDisplayed()) {
            toggler.click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(driver -> driver.findElement(By.id("current-user")).isDisplayed());
        }
        browser.findElement(By.id("current-user")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> driver.findElement(By.id("logout")).isDisplayed());
    }

    /** Clicks a link or button that leads to another page, as a user would after scrolling to it, and waits for that page. */
    protected void go(String id) {
        WebElement element = find(id);
        WebElement page = browser.findElement(By.tagName("body"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        waitForNewPage(page);
    }

    /**
     * Waits until the browser has left the page whose body was {@code old}. While the old document is being
     * replaced, Chromium may answer "does not belong to the document" instead of a stale-element error; both mean
     * the old page is gone.
     */
    protected void waitForNewPage(WebElement old) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Waits until Chromium has finished downloading a file whose name matches {@code pattern}, and answers it. */
    protected Path downloaded(String pattern) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().matches(pattern)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    protected WebElement find(String id) {
        return browser.findElement(By.id(id));
    }

    protected boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    protected String path() {
        return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** Screenshots the page under target/screenshots and fails on serious accessibility violations. */
    protected void check(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(BrowserTest::describe)
                .collect(Collectors.toList());
        assertThat(blocking).as("serious or critical accessibility violations on " + path()).isEmpty();
    }

    private void screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots", getClass().getSimpleName());
            Files.createDirectories(directory);
            Path file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, directory.resolve(String.format("%02d-%s.png", ++shots, name)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save a screenshot", e);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
