package io.refunds.local;

import io.refunds.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver (both on the PATH, installed by {@code .ci/run}), with a
 * fresh profile and nothing that reaches the network by itself; screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Optional<Path> CHROMIUM = executable("chromium.binary", "chromium");
    static final Optional<Path> CHROMEDRIVER = executable("chromedriver.binary", "chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    /** Skips the calling suite without the browser and its driver (fails it under CI=true), saying how to get them. */
    static void require() {
        Requirements.require(CHROMIUM.isPresent() && CHROMEDRIVER.isPresent(), "the browser test needs Debian's "
                + "chromium and chromium-driver, and chromium or chromedriver is not on the PATH", "apt-get install "
                + "chromium chromium-driver (.ci/run does it), or pass -Dchromium.binary=/path and "
                + "-Dchromedriver.binary=/path");
    }

    /** The program named by the system property, or the command on the PATH. */
    private static Optional<Path> executable(String property, String command) {
        String configured = System.getProperty(property);
        return configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured)).filter(Files::isExecutable)
                : Requirements.findOnPath(command);
    }

    Browser(Path screenshots) throws IOException {
        require();
        this.screenshots = Files.createDirectories(screenshots);
        this.profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1500,950");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1500, 950));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves what the page shows now as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
