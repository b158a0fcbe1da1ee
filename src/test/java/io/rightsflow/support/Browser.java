package io.rightsflow.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium, headless, driven through Selenium, for the pages' tests. Register it with
 * {@code @RegisterExtension static Browser browser = new Browser();} on a {@code @QuarkusTest}
 * tagged {@code browser}. One browser per test class, a clean cookie jar per test, and a screenshot
 * of every failing test in {@code target/screenshots/failures/}. Without Chromium the tests fail and
 * say how to install it or skip them ({@code -DexcludedGroups=browser}): never a silent pass.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

    private static final String CHROMIUM = System.getProperty("rightsflow.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("rightsflow.chromedriver", "/usr/bin/chromedriver");
    /**
     * How often a wait looks again. Selenium's default, 500 ms, is longer than a page of this service
     * takes to come, and every press waits at least once: it cost the suite minutes.
     */
    private static final Duration POLL = Duration.ofMillis(25);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            fail("Chromium or ChromeDriver is missing (" + CHROMIUM + ", " + DRIVER + "): install them with "
                    + "'apt-get install -y chromium chromium-driver', or skip the browser tests with "
                    + "-DexcludedGroups=browser");
        }
        profile = Files.createTempDirectory("rightsflow-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver.get(baseUrl() + "/web/style.css");
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            save(SCREENSHOTS.resolve("failures").resolve(
                    context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + ".png"));
        }
    }

    public static String baseUrl() {
        return ConfigProvider.getConfig().getValue("rightsflow.links.base-url", String.class);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the service, such as {@code /login}. */
    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl() + path);
        return this;
    }

    /** Signs in through the sign-in form, as a person would. */
    public Browser signIn(String email, String password) {
        open("/login");
        type("Email", email);
        type("Password", password);
        press("Sign in");
        return this;
    }

    /** Types into the input labelled with this text (its label element, as a screen reader finds it). */
    public Browser type(String label, String text) {
        WebElement input = labelled(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** The input, select or textarea whose label reads exactly this. */
    public WebElement labelled(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
        String target = element.getAttribute("for");
        return target == null || target.isBlank()
                ? element.findElement(By.xpath(".//input|.//select|.//textarea"))
                : driver.findElement(By.id(target));
    }

    /**
     * Clicks the button (or submit input) that reads exactly this, the first of them, and waits for
     * the page it leads to. For a button that changes the page in place (htmx), use {@link #click}.
     */
    public Browser press(String button) {
        return loading(() -> click(button));
    }

    /**
     * Clicks the button that reads exactly this inside the innermost element (e.g. a table row) that
     * holds both the text and such a button: a table's wrapper holds every row, and is not meant.
     */
    public Browser pressIn(String containerText, String button) {
        String container = "*[self::tr or self::li or self::section or self::div or self::article]"
                + "[contains(normalize-space(.)," + literal(containerText) + ")]"
                + "[.//button[normalize-space(.)=" + literal(button) + "]]";
        return loading(() -> driver.findElement(By.xpath("(//" + container + "[not(.//" + container + ")]"
                + "//button[normalize-space(.)=" + literal(button) + "])[1]")).click());
    }

    /** Clicks the button that reads exactly this and does not wait for another page. */
    public Browser click(String button) {
        driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(button) + "]"
                + "|//input[@type='submit' and @value=" + literal(button) + "]")).click();
        return this;
    }

    /** Does something that loads another page, and waits until it has come. */
    private Browser loading(Runnable action) {
        WebElement before = driver.findElement(By.tagName("html"));
        action.run();
        waiting(Duration.ofSeconds(15)).until(d -> gone(before));
        waiting(Duration.ofSeconds(15)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether the element has left the document. Chromium sometimes answers a look at an element of
     * the page that is being replaced with "does not belong to the document" rather than with a
     * stale-element error (ExpectedConditions.stalenessOf lets that through as a failure).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            String message = String.valueOf(replaced.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw replaced;
        }
    }

    /** Follows the link that reads exactly this. */
    public Browser follow(String link) {
        return loading(() -> driver.findElement(By.xpath("//a[normalize-space(.)=" + literal(link) + "]")).click());
    }

    /** All the text a person sees on the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits (up to ten seconds) until the page shows this text; htmx may bring it without a reload. */
    public Browser waitFor(String text) {
        waiting(Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    /** A wait of at most {@code atMost} that looks again every {@link #POLL}. */
    public WebDriverWait waiting(Duration atMost) {
        return new WebDriverWait(driver, atMost, POLL);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Keeps a picture of the page as it is now: target/screenshots/pages/{name}.png. */
    public Path snapshot(String name) {
        return save(SCREENSHOTS.resolve("pages").resolve(name + ".png"));
    }

    private Path save(Path target) {
        try {
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | RuntimeException e) {
            System.err.println("could not keep a screenshot at " + target + ": " + e);
            return null;
        }
    }

    /** An XPath string literal for any text (quotes included). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
