package io.refunds.local;

import io.refunds.testing.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service ({@code quarkus-run.jar}) run as its own process, ready when its health says so. */
public final class ServiceProcess {

    /**
     * The JVM options of every service in the local run (docs/benchmarks.md has the measurements). A heap grown on
     * demand from 32 MB; only the client compiler (C1), as Quarkus dev mode runs: it halves the CPU a start needs and
     * saves ~35 MB per JVM, for a lower peak throughput. deploy/k8s keeps both compilers (production runs long).
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx128m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    private static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final ChildProcess process;

    ServiceProcess(String name, PlatformSettings settings, Database database, Path publicKey) throws IOException {
        this(name, settings.servicePorts().get(name), name, settings, database, publicKey, Map.of());
    }

    /** As the local run starts it, with {@code extraEnvironment} added (e.g. a configuration override). */
    ServiceProcess(String name, PlatformSettings settings, Database database, Path publicKey,
            Map<String, String> extraEnvironment) throws IOException {
        this(name, settings.servicePorts().get(name), name, settings, database, publicKey, extraEnvironment);
    }

    /** An instance on its own port and log, e.g. a second replica sharing the service's database. */
    ServiceProcess(String name, int port, String instance, PlatformSettings settings, Database database,
            Path publicKey) throws IOException {
        this(name, port, instance, settings, database, publicKey, Map.of());
    }

    private ServiceProcess(String name, int port, String instance, PlatformSettings settings, Database database,
            Path publicKey, Map<String, String> extraEnvironment) throws IOException {
        Path jar = settings.serviceJar(name);
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build the project first (./mvnw package -DskipTests)");
        }
        this.name = name;
        this.port = port;
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("PORT", Integer.toString(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.bootstrapServers());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
        environment.put("SELLER_RESPONSE_TIME", settings.sellerResponseTime().toString());
        environment.put("EVIDENCE_DIR", settings.dataDirectory().resolve("evidence").toAbsolutePath().toString());
        // refund-service pays cards through the Stripe stand-in; a test key, not a secret.
        environment.put("STRIPE_API_URL", settings.stripeStandInUrl());
        environment.put("STRIPE_API_KEY", "sk_test_local_standin");
        environment.put("STRIPE_TIMEOUT", "3s");
        // messaging-service files marketplace refunds on the marketplace stand-in; a stand-in secret, not a secret.
        environment.put("MARKETPLACE_URL", settings.marketplaceStandInUrl());
        environment.put("MARKETPLACE_APP_KEY", LocalMarketplace.APP_KEY);
        environment.put("MARKETPLACE_APP_SECRET", LocalMarketplace.APP_SECRET);
        environment.put("MARKETPLACE_TIMEOUT", "3s");
        environment.put("UPSTREAM_EVIDENCE_BASE_URL", settings.gatewayUrl() + "/api/evidence");
        environment.put("PAYOUT_MAX_ATTEMPTS", "3");
        environment.put("PAYOUT_INITIAL_BACKOFF", "2s");
        environment.put("PAYOUT_PENDING_CHECK_INTERVAL", "5s");
        // glibc keeps up to 8 malloc arenas per core for a JVM's many threads; two are plenty and save tens of MB.
        environment.put("MALLOC_ARENA_MAX", "2");
        // Eight connections per service keep a two-core PostgreSQL busy; each idle backend is a few MB of its memory.
        environment.put("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", "8");
        environment.putAll(extraEnvironment);
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable()));
        command.addAll(JVM_OPTIONS);
        Path directory = jar.getParent().toAbsolutePath();
        if (Files.exists(directory.resolve(CLASS_DATA_ARCHIVE))) {
            // The AppCDS archive written at package time: classes already parsed and verified, a faster start. The
            // JVM accepts it only with the class path as it was written, relative to quarkus-app/: hence the
            // working directory and the relative jar.
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        this.process = new ChildProcess(name, command, environment,
                settings.dataDirectory().resolve("logs/" + instance + ".log"), directory);
    }

    public String name() {
        return name;
    }

    /** The operating system's id of the running service. */
    public long pid() {
        return process.pid();
    }

    public void start() throws IOException {
        process.start();
    }

    /** Waits until {@code /q/health/ready} answers 200 (database and Kafka reachable). */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited; see " + process.logFile());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            process.waitForExit(Duration.ofMillis(250));
        }
        throw new IOException(name + " was not ready within " + timeout + "; see " + process.logFile());
    }

    /** {@code kill -9}. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public void stop() {
        process.stop(20);
    }
}
