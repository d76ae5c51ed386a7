package io.refunds.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Like {@link RealInfrastructure}, but Kafka's bootstrap address is a port nobody listens on: for tests of
 * what a service does while the broker is unreachable (readiness). The shared test broker is left alone.
 */
public class DeadKafkaInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> properties = new HashMap<>(new RealInfrastructure().start());
        properties.put("kafka.bootstrap.servers", "127.0.0.1:" + unusedPort());
        return properties;
    }

    @Override
    public void stop() {
        // Nothing of its own to stop.
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
