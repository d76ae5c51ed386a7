package io.refunds.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.events.EventType;
import io.refunds.testing.EventLog;
import io.refunds.testing.SseClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The support dashboard end to end, in Debian's headless Chromium against the packaged platform, through the gateway
 * (one origin for the page, its API calls and the evidence it reads): an agent
 * logs in, sees a new dispute arrive live, reads its case file, is told what is wrong with a decision next to
 * the field, decides, and sees the refund in the live feed. And the stream survives a dispute-service restart.
 */
class DashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration READY = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalPlatform platform;
    private static EventLog events;
    private static Api api;
    private static Path screenshots;

    @BeforeAll
    static void startPlatform() throws Exception {
        Browser.require();
        Path root = Path.of(System.getProperty("refunds.repository.root", "../..")).toAbsolutePath().normalize();
        Path data = Files.createDirectories(root.resolve("deploy/local/target/e2e-" + UUID.randomUUID()));
        screenshots = root.resolve("deploy/local/target/screenshots");
        platform = LocalPlatform.start(PlatformSettings.forTest(root, data, Duration.ofSeconds(5)));
        events = new EventLog(platform.settings().bootstrapServers());
        api = new Api(platform);
    }

    @AfterAll
    static void stopPlatform() {
        if (events != null) {
            events.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anAgentSeesADisputeArriveReadsItsCaseFileIsToldWhatIsWrongDecidesAndSeesTheRefund() throws Exception {
        try (Browser browser = new Browser(screenshots)) {
            WebDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, WAIT);
            page.get(platform.settings().gatewayUrl() + "/dashboard");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")))
                    .sendKeys(platform.tokens().token("agent", "a-dash"));
            page.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("stream-status"), "data-state", "live"));
            assertTrue(page.findElement(By.id("whoami")).getText().startsWith("a-dash"));
            browser.screenshot("01-logged-in");
            ((JavascriptExecutor) page).executeScript("window.notReloaded = true;");

            String orderId = api.registerOrder("b-dash", "s-dash");
            UUID caseId = api.reportIssue("b-dash", orderId);
            By row = By.cssSelector("#queue li[data-case-id='" + caseId + "'] button");
            wait.until(ExpectedConditions.elementToBeClickable(row));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) page).executeScript("return window.notReloaded"));
            browser.screenshot("02-new-dispute-in-queue");

            page.findElement(row).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("case-file"), "data-case-id", caseId.toString()));
            wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                    "const img = document.querySelector('#evidence img');"
                            + "return img !== null && img.complete && img.naturalWidth > 0;"));
            String hash = page.findElement(By.cssSelector("#evidence .hash")).getText();
            assertTrue(hash.matches("[0-9a-f]{64}"), hash);
            assertTrue(page.findElement(By.id("timeline")).getText().contains("IssueReported"));
            browser.screenshot("03-case-file");

            new Select(page.findElement(By.id("outcome"))).selectByValue("PARTIAL_REFUND");
            page.findElement(By.id("amount")).sendKeys("500.00");
            page.findElement(By.id("rationale")).sendKeys("Photos show the lamp does not switch on.");
            page.findElement(By.id("decide")).click();
            WebElement amountError = page.findElement(By.id("amount-error"));
            wait.until(ExpectedConditions.textToBePresentInElement(amountError, "must not exceed"));
            assertEquals("true", page.findElement(By.id("amount")).getAttribute("aria-invalid"));
            browser.screenshot("04-field-error");

            page.findElement(By.id("amount")).clear();
            page.findElement(By.id("amount")).sendKeys("40.00");
            page.findElement(By.id("decide")).click();
            By refunded = By.cssSelector("#feed li[data-type='RefundIssued'][data-case-id='" + caseId + "']");
            String line = wait.until(ExpectedConditions.visibilityOfElementLocated(refunded)).getText();
            assertTrue(line.contains("40.00"), line);
            wait.until(driver -> !"0".equals(driver.findElement(By.id("count-refunded")).getText())
                    && !"–".equals(driver.findElement(By.id("count-refunded")).getText()));
            browser.screenshot("05-refund-in-feed");
        }
    }

    @Test
    void aClientReconnectingAfterADisputeServiceRestartReceivesEveryMissedEventExactlyOnce() throws Exception {
        URI stream = URI.create(platform.settings().gatewayUrl() + "/api/disputes/events/stream");
        Map<String, String> agent = Map.of("Authorization", "Bearer " + platform.tokens().token("agent", "a-1"));
        UUID before = api.reportIssue("b-before", api.registerOrder("b-before", "s-before"));
        long seen;
        UUID missed;
        try (Browser browser = new Browser(screenshots); SseClient client = SseClient.connect(stream, agent)) {
            WebDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, WAIT);
            page.get(platform.settings().dashboardUrl(platform.tokens().token("agent", "a-restart")));
            wait.until(ExpectedConditions.attributeToBe(By.id("stream-status"), "data-state", "live"));
            seen = Awaitility.await().atMost(WAIT).until(() -> ofCase(client, before), got -> !got.isEmpty())
                    .get(0).get("position").asLong();
            platform.service(PlatformSettings.DISPUTE_SERVICE).kill();
            Awaitility.await().atMost(WAIT).until(client::ended);
            wait.until(ExpectedConditions.not(
                    ExpectedConditions.attributeToBe(By.id("stream-status"), "data-state", "live")));

            missed = api.reportIssue("b-missed", api.registerOrder("b-missed", "s-missed"));
            events.awaitRecords(EventType.SELLER_UNRESPONSIVE.topic(), missed.toString(), 1);
            ServiceProcess disputes = platform.service(PlatformSettings.DISPUTE_SERVICE);
            disputes.start();
            disputes.awaitReady(READY);
            events.awaitRecords(EventType.DISPUTE_OPENED.topic(), missed.toString(), 1);

            // The page reconnects by itself, catches up on what it missed, and shows each event once.
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#feed li[data-type='DisputeOpened'][data-case-id='" + missed + "']")));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#queue li[data-case-id='" + missed + "']")));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) page).executeScript(
                    "const positions = [...document.querySelectorAll('#feed li')].map(li => li.dataset.position);"
                            + "return positions.length === new Set(positions).size;"));
            browser.screenshot("06-caught-up-after-restart");
        }

        try (SseClient resumed = SseClient.connect(stream, Map.of("Authorization", agent.get("Authorization"),
                "Last-Event-ID", Long.toString(seen)))) {
            assertEquals(200, resumed.status());
            Set<String> published = publishedEventIds(missed);
            List<String> received = Awaitility.await().atMost(WAIT)
                    .until(() -> eventIds(ofCase(resumed, missed)), got -> new HashSet<>(got).equals(published));
            assertEquals(published.size(), received.size(), "each missed event once: " + received);
            assertTrue(resumed.events().stream().allMatch(event -> Long.parseLong(event.id()) > seen));
            List<String> all = resumed.events().stream().map(SseClient.Event::id).toList();
            assertEquals(all.size(), new HashSet<>(all).size(), "no position twice");
        }
    }

    /** The ce_id of every event on any topic for the case, as Kafka holds them now. */
    private static Set<String> publishedEventIds(UUID caseId) {
        return Arrays.stream(EventType.values())
                .flatMap(type -> events.recordsNow(type.topic(), caseId.toString()).stream())
                .map(record -> EventLog.header(record, "ce_id").orElseThrow())
                .collect(Collectors.toSet());
    }

    private static List<String> eventIds(List<JsonNode> streamed) {
        return streamed.stream().map(event -> event.get("eventId").asText()).toList();
    }

    private static List<JsonNode> ofCase(SseClient client, UUID caseId) {
        return client.events().stream().map(event -> read(event.data()))
                .filter(event -> caseId.toString().equals(event.get("caseId").asText()))
                .toList();
    }

    private static JsonNode read(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new IllegalStateException(data, e);
        }
    }
}
