package io.refunds.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where and how the local platform runs: folders, ports (the gateway's and the stand-ins' too), the seller's
 * response time. The local run takes fixed ports (overridable by environment variables); tests take free ones.
 */
public record PlatformSettings(
        Path repositoryRoot,
        Path dataDirectory,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        Map<String, Integer> servicePorts,
        Duration sellerResponseTime,
        boolean seedOrders,
        int stripeStandInPort,
        int marketplaceStandInPort,
        int gatewayPort) {

    public static final String ORDER_SERVICE = "order-service";
    public static final String MESSAGING_SERVICE = "messaging-service";
    public static final String DISPUTE_SERVICE = "dispute-service";
    public static final String REFUND_SERVICE = "refund-service";

    /** The one-command local run: ports 8080 (gateway), 9092/9093 (Kafka), 15432 (PostgreSQL), 8081–8084 (services). */
    public static PlatformSettings forLocalRun(Path repositoryRoot) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(ORDER_SERVICE, env("ORDER_SERVICE_PORT", 8081));
        ports.put(MESSAGING_SERVICE, env("MESSAGING_SERVICE_PORT", 8082));
        ports.put(DISPUTE_SERVICE, env("DISPUTE_SERVICE_PORT", 8083));
        ports.put(REFUND_SERVICE, env("REFUND_SERVICE_PORT", 8084));
        String dataDirectory = System.getenv().getOrDefault("REFUNDS_DATA_DIR",
                repositoryRoot.resolve("deploy/local/.data").toString());
        return new PlatformSettings(repositoryRoot, Path.of(dataDirectory), env("KAFKA_PORT", 9092),
                env("KAFKA_CONTROLLER_PORT", 9093), env("POSTGRES_PORT", 15432), ports,
                Duration.parse(System.getenv().getOrDefault("SELLER_RESPONSE_TIME", "PT30S")), true,
                env("STRIPE_STANDIN_PORT", 12111), env("MARKETPLACE_STANDIN_PORT", 12112), env("GATEWAY_PORT", 8080));
    }

    /** A private platform for a test: free ports, its own data folder, a short seller deadline. */
    public static PlatformSettings forTest(Path repositoryRoot, Path dataDirectory, Duration sellerResponseTime) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : new String[] {ORDER_SERVICE, MESSAGING_SERVICE, DISPUTE_SERVICE, REFUND_SERVICE}) {
            ports.put(service, freePort());
        }
        return new PlatformSettings(repositoryRoot, dataDirectory, freePort(), freePort(), freePort(), ports,
                sellerResponseTime, true, freePort(), freePort(), freePort());
    }

    public Path libDirectory() {
        return repositoryRoot.resolve("deploy/local/target/lib");
    }

    public Path serviceJar(String service) {
        return repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** A service's own port, for debugging; the frontend uses {@link #gatewayUrl()}. */
    public String baseUrl(String service) {
        return "http://localhost:" + servicePorts.get(service);
    }

    /** The one origin of the whole API and the dashboard. */
    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String stripeStandInUrl() {
        return "http://127.0.0.1:" + stripeStandInPort;
    }

    public String marketplaceStandInUrl() {
        return "http://127.0.0.1:" + marketplaceStandInPort;
    }

    /** The support dashboard's page, logged in with {@code token} (the fragment never reaches a server). */
    public String dashboardUrl(String token) {
        return gatewayUrl() + "/dashboard/#token=" + token;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    /**
     * A port nothing listens on now and that this JVM has not handed out before: the kernel may give the same
     * free port to two binds in a row (a benchmark once started two services on one port), so ports are remembered.
     */
    public static int freePort() {
        synchronized (HANDED_OUT) {
            for (int attempt = 0; attempt < 100; attempt++) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    if (HANDED_OUT.add(socket.getLocalPort())) {
                        return socket.getLocalPort();
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("no free port", e);
                }
            }
            throw new IllegalStateException("no free port that was not handed out already");
        }
    }

    private static final Set<Integer> HANDED_OUT = new HashSet<>();
}
