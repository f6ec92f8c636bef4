package id.satuatap.support;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} and {@code chromium-driver} (installed by
 * .ci/run), never a download; a fresh profile per browser, removed on close. Screenshots go to
 * target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final String BINARY = System.getProperty("satuatap.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("satuatap.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser that asks for Indonesian pages, as the console's users' browsers do. */
    public static Browser start() {
        return start("id");
    }

    /** A browser whose Accept-Language is the given language. */
    public static Browser start(String language) {
        try {
            Path profile = Files.createTempDirectory("satuatap-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1600,1000", "--lang=" + language, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits up to 20 s for a visible element. */
    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Waits up to 20 s; on timeout the page is saved as target/screenshots/timeout.png to show why. */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
        } catch (TimeoutException e) {
            screenshot("timeout");
            throw e;
        }
    }

    /** Saves what the browser shows now as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // The profile is in the temp directory; a leftover does not affect the next run's fresh one.
            }
        }
    }
}
