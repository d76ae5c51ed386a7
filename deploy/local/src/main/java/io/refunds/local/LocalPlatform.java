package io.refunds.local;

import io.refunds.local.gateway.Gateway;
import io.refunds.local.gateway.Routes;
import io.refunds.marketplace.standin.MarketplaceStandIn;
import io.refunds.standin.StripeStandIn;
import io.refunds.testing.Database;
import io.refunds.testing.DevTokens;
import io.refunds.testing.EventTopics;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: a Kafka broker, PostgreSQL, the Stripe and marketplace stand-ins, the four
 * packaged services and the
 * API gateway in front of them (one origin), with dev tokens signed by a key pair made at first start and kept in the
 * data folder (never in git).
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final PlatformSettings settings;
    private final KafkaServer kafka;
    private final LocalPostgres postgres;
    private StripeStandIn stripeStandIn;
    private MarketplaceStandIn marketplaceStandIn;
    private Gateway gateway;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, String> serviceEnvironment;
    private DevTokens tokens;

    private LocalPlatform(PlatformSettings settings, Map<String, String> serviceEnvironment) {
        this.settings = settings;
        this.serviceEnvironment = Map.copyOf(serviceEnvironment);
        this.kafka = new KafkaServer(settings);
        this.postgres = new LocalPostgres(settings);
    }

    /** Starts everything and returns when every service reports ready. */
    public static LocalPlatform start(PlatformSettings settings) throws Exception {
        return start(settings, Map.of());
    }

    /** As {@link #start(PlatformSettings)}, with {@code serviceEnvironment} added to every service's environment. */
    public static LocalPlatform start(PlatformSettings settings, Map<String, String> serviceEnvironment)
            throws Exception {
        LocalPlatform platform = new LocalPlatform(settings, serviceEnvironment);
        try {
            platform.startAll();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Instant started = Instant.now();
        tokens = DevTokens.inDirectory(keyDirectory());
        // PostgreSQL and Kafka start side by side.
        Map<String, Database> databases = new LinkedHashMap<>();
        ExecutorService starters = Executors.newFixedThreadPool(2);
        Future<?> database = starters.submit(() -> {
            postgres.start();
            for (String name : settings.servicePorts().keySet()) {
                databases.put(name, postgres.databaseFor(name));
            }
            return null;
        });
        Future<?> broker = starters.submit(() -> {
            kafka.start();
            EventTopics.createAll(settings.bootstrapServers());
            return null;
        });
        starters.shutdown();
        try {
            // The services start as soon as their databases exist: their first seconds are spent booting, not on
            // Kafka, whose clients wait for the broker (readiness includes it).
            await(database);
            LOG.info("PostgreSQL  postgresql://127.0.0.1:{} (user postgres)", settings.postgresPort());
            stripeStandIn = StripeStandIn.start(settings.stripeStandInPort(), Duration.ofSeconds(6));
            LOG.info("Stripe stand-in {} (PaymentIntent ids ending _decline, _timeoutN, _errorN, _pending)",
                    stripeStandIn.url());
            marketplaceStandIn = LocalMarketplace.start(settings);
            LOG.info("Marketplace stand-in {} (Taobao-shaped; sub-order ids with _agree, _refuse, _partial, _return,"
                    + " _silent, _late, _errorN, _timeoutN, _conflictN; clock: POST /_standin/clock?advance=PT48H)",
                    marketplaceStandIn.url());
            for (String name : settings.servicePorts().keySet()) {
                ServiceProcess service = new ServiceProcess(name, settings, databases.get(name),
                        keyDirectory().resolve("public.pem"), serviceEnvironment);
                service.start();
                services.put(name, service);
            }
            // Listening at once: until a service is ready, its routes answer 503 as problem+json.
            gateway = Gateway.start(settings.gatewayPort(), Routes.PLATFORM, settings.servicePorts());
            await(broker);
            LOG.info("Kafka       {} (KRaft)", settings.bootstrapServers());
        } finally {
            // Both must have ended (either way) before close() may stop them.
            starters.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(READY_TIMEOUT);
            LOG.info("{} {}", pad(service.name()), settings.baseUrl(service.name()));
        }
        LOG.info("{} {}  (the frontend's one origin: /api/..., /dashboard, and /api/openapi.json)", pad("API gateway"),
                settings.gatewayUrl());
        if (settings.seedOrders()) {
            int seeded = SeedOrders.register(settings.baseUrl(PlatformSettings.ORDER_SERVICE), tokens);
            LOG.info("Seed orders registered: {} new (o-1001 and o-1003, at the warehouse, for buyer b-1; o-1002 for"
                    + " buyer b-2)", seeded);
        }
        LOG.info("Ready in {} s. Logs: {}", Duration.between(started, Instant.now()).toSeconds(),
                settings.dataDirectory().resolve("logs"));
    }

    /** Rethrows what a finished start-up step threw. */
    private static void await(Future<?> step) throws Exception {
        try {
            step.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public DevTokens tokens() {
        return tokens;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** The operating system's id of the Kafka broker process. */
    public long kafkaPid() {
        return kafka.pid();
    }

    /** Another instance of {@code service} on {@code port}, sharing its database and consumer groups; not started. */
    public ServiceProcess replica(String service, int port) throws IOException, SQLException {
        return new ServiceProcess(service, port, service + "-" + port, settings, postgres.databaseFor(service),
                keyDirectory().resolve("public.pem"));
    }

    /** Stops the broker abruptly and starts it again on the same data. */
    public void restartKafka() throws IOException, InterruptedException {
        kafka.kill();
        kafka.start();
    }

    /** Stops PostgreSQL (connections cut) and starts it again on the same data and port. */
    public void restartPostgres() throws IOException {
        postgres.restart();
    }

    /** Connection details of {@code service}'s own database, e.g. for a test that counts its rows. */
    public Database database(String service) throws SQLException {
        return postgres.databaseFor(service);
    }

    private Path keyDirectory() {
        return settings.dataDirectory().resolve("keys");
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        List<ServiceProcess> running = new ArrayList<>(services.values());
        running.parallelStream().forEach(ServiceProcess::stop);
        kafka.stop();
        if (stripeStandIn != null) {
            stripeStandIn.close();
        }
        if (marketplaceStandIn != null) {
            marketplaceStandIn.close();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static String pad(String name) {
        return String.format("%-18s", name);
    }

    /** {@code deploy/local/run}: starts the platform and keeps it up until Ctrl-C. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("refunds.repository.root", ".")).toAbsolutePath().normalize();
        LocalPlatform platform = start(PlatformSettings.forLocalRun(root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping the platform...");
            platform.close();
            stopped.countDown();
        }, "local-platform-stop"));
        LOG.info("Get a token:  deploy/local/token buyer b-1      (roles: buyer seller agent supervisor platform)");
        LOG.info("Call the API: curl -H \"Authorization: Bearer $(deploy/local/token buyer b-1)\" {}/api/cases",
                platform.settings().gatewayUrl());
        LOG.info("Support dashboard (agent a-1): {}",
                platform.settings().dashboardUrl(platform.tokens().token("agent", "a-1")));
        LOG.info("Press Ctrl-C to stop everything.");
        stopped.await();
    }
}
