package io.refunds.local.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.EventType;
import io.refunds.local.LocalPlatform;
import io.refunds.local.PlatformSettings;
import io.refunds.local.reliability.ChaosCase.Route;
import io.refunds.testing.EventLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: {@code chaos.cases} cases down every route on the packaged platform while a random service is
 * killed {@code chaos.kills} times and Kafka and PostgreSQL are restarted once each; then a reconciliation that
 * must find nothing lost, nothing paid twice and a balanced ledger, and a redelivery of every event that must
 * change nothing. Fast by default (CI); {@code -Pchaos} runs the full size.
 */
class ChaosIT {

    private static final int CASES = Integer.getInteger("chaos.cases", 120);
    private static final int KILLS = Integer.getInteger("chaos.kills", 5);
    private static final int THREADS = Integer.getInteger("chaos.threads", 24);
    private static final long SEED = Long.getLong("chaos.seed", System.nanoTime());

    private static LocalPlatform platform;
    private static Http http;
    private static Topics topics;
    private static Reconciliation reconciliation;
    private static final List<ChaosCase> CASE_LIST = new ArrayList<>();
    private static Reconciliation.Figures figures;
    private static Path root;

    @BeforeAll
    static void driveCasesThroughFaults() throws Exception {
        root = Path.of(System.getProperty("refunds.repository.root", "../..")).toAbsolutePath().normalize();
        Path data = Files.createDirectories(root.resolve("deploy/local/target/chaos-" + UUID.randomUUID()));
        platform = LocalPlatform.start(PlatformSettings.forTest(root, data, Duration.ofSeconds(8)));
        http = new Http(platform);
        topics = new Topics(platform.settings().bootstrapServers());
        reconciliation = new Reconciliation(http, topics);
        CaseDriver driver = new CaseDriver(http, root);
        String runId = Long.toString(Math.abs(SEED) % 1_000_000, 36);
        Route[] routes = Route.values();
        for (int i = 0; i < CASES; i++) {
            CASE_LIST.add(new ChaosCase(i, routes[i % routes.length], runId));
        }
        Instant started = Instant.now();
        ChaosMonkey monkey = new ChaosMonkey(platform, KILLS, SEED);
        Thread chaos = new Thread(monkey, "chaos-monkey");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> driven = new ArrayList<>();
            for (ChaosCase c : CASE_LIST) {
                driven.add(pool.submit(() -> {
                    try {
                        driver.drive(c);
                    } catch (Throwable e) {
                        c.failure = e.toString();
                    }
                }));
            }
            chaos.start();
            for (Future<?> future : driven) {
                future.get();
            }
            chaos.join();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertNull(monkey.failure(), "the chaos monkey itself failed");
        figures = reconciliation.reconcile(CASE_LIST, monkey.kills(), monkey.restarts(), Duration.ofMinutes(5));
        report(Duration.between(started, Instant.now()));
    }

    @AfterAll
    static void stopPlatform() {
        if (topics != null) {
            topics.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void noRefundIsLostOrPaidTwiceAndTheLedgerBalances() {
        assertEquals(List.of(), figures.findings().stream().limit(50).toList());
        assertTrue(figures.kills() >= KILLS, "kills " + figures.kills());
        assertEquals(0, figures.driverFailures(), "cases the driver could not finish");
        assertEquals(0, figures.lost(), "lost");
        assertEquals(0, figures.duplicated(), "duplicated");
        assertEquals(0, figures.ledgerImbalance(), "ledger imbalance");
        assertEquals(figures.refundsExpected(), figures.refundsIssued(), "refunds issued = refunds expected");
        assertEquals(figures.amountExpected(), figures.amountIssued(), "amount issued = amount expected");
        assertEquals(0, figures.lineMismatches(), "refunds whose cost lines do not add up, or exceed what was paid");
        assertTrue(figures.linesBooked() >= figures.refundsIssued(), "every refund names its lines");
    }

    @Test
    void redeliveringEveryEventAgainAndASampleOutOfOrderChangesNothing() throws Exception {
        List<ChaosCase> finished = CASE_LIST.stream().filter(c -> c.caseId != null && c.failure == null).toList();
        List<String> before = snapshot(finished);
        long refundEventsBefore = distinctRefundEvents();
        long ledgerBefore = reconciliation.ledgerImbalance();

        List<ProducerRecord<String, String>> copies = new ArrayList<>();
        for (String topic : topics.eventTopics()) {
            for (ConsumerRecord<String, String> record : topics.readAll(topic)) {
                copies.add(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers()));
            }
        }
        topics.sendAll(copies);
        List<ProducerRecord<String, String>> shuffled = new ArrayList<>(copies);
        Collections.shuffle(shuffled, new Random(SEED));
        topics.sendAll(shuffled.subList(0, Math.max(1, shuffled.size() / 5)));
        topics.awaitAllGroupsCaughtUp(Duration.ofMinutes(3));

        List<String> after = snapshot(finished);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(finished.get(i) + "\n  before " + before.get(i) + "\n  after  " + after.get(i));
            }
        }
        System.out.printf("redelivery: %d records re-published, %d more out of order; %d cases changed%n",
                copies.size(), Math.max(1, shuffled.size() / 5), changed.size());
        assertEquals(List.of(), changed.stream().limit(10).toList());
        assertEquals(refundEventsBefore, distinctRefundEvents(), "no new RefundIssued");
        assertEquals(ledgerBefore, reconciliation.ledgerImbalance());
    }

    /**
     * Each case's views: timeline, refunds, disputes and conversation (minus the clock-driven overdue flag), and what
     * a found parcel's buyer owes back.
     */
    private static List<String> snapshot(List<ChaosCase> cases) throws Exception {
        Patient patient = new Patient(http);
        List<String> views = new ArrayList<>();
        for (ChaosCase c : cases) {
            String disputes = patient.get(PlatformSettings.DISPUTE_SERVICE, "/api/disputes?caseId=" + c.caseId,
                    "agent", "a-audit").body().replaceAll("\"overdue\":\\w+", "");
            String conversation = patient.get(PlatformSettings.MESSAGING_SERVICE, "/api/conversations?caseId="
                    + c.caseId, "buyer", c.buyerId).body();
            String owedBack = c.expectedOwedBack == 0 ? ""
                    : reconciliation.wallet(c).json().path("clawbacks").toString();
            views.add(reconciliation.caseView(c).body() + "|" + reconciliation.refunds(c).body() + "|" + disputes
                    + "|" + conversation + "|" + owedBack);
        }
        return views;
    }

    private static long distinctRefundEvents() throws Exception {
        return topics.readAll(EventType.REFUND_ISSUED.topic()).stream()
                .map(record -> EventLog.header(record, "ce_id").orElse("?")).distinct().count();
    }

    private static void report(Duration took) throws Exception {
        String perRoute = java.util.Arrays.stream(Route.values()).map(route -> route + "="
                + CASE_LIST.stream().filter(c -> c.route == route).count()).reduce((a, b) -> a + ", " + b).orElse("");
        String text = "# Chaos run\n\n"
                + "| " + figures.header().replace(", ", " | ") + " |\n"
                + "|---|---|---|---|---|---|\n"
                + "| " + figures.values().replace(", ", " | ") + " |\n\n"
                + "- refunds expected " + figures.refundsExpected() + ", issued " + figures.refundsIssued()
                + "; amount expected " + figures.amountExpected() + ", issued " + figures.amountIssued() + " (USD minor units)\n"
                + "- cost lines booked " + figures.linesBooked() + ", mismatches " + figures.lineMismatches() + "\n"
                + "- routes: " + perRoute + "\n"
                + "- driver failures: " + figures.driverFailures() + "; threads " + THREADS + "; seed " + SEED
                + "; took " + took.toSeconds() + " s (drive + settle + reconcile)\n"
                + "- Kafka restarts: 1, PostgreSQL restarts: 1 (counted in restarts)\n"
                + (figures.findings().isEmpty() ? "" : "\n## Findings\n\n" + String.join("\n",
                        figures.findings().stream().limit(100).map(f -> "- " + f).toList()) + "\n");
        System.out.println(figures.header());
        System.out.println(figures.values());
        System.out.println(text);
        Path results = root.resolve("deploy/local/target/chaos-results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, text);
    }
}
