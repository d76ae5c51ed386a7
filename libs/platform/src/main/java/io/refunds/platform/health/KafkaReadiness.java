package io.refunds.platform.health;

import io.refunds.platform.outbox.KafkaClientSecurity;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kafka cluster answers: a service that cannot publish its outbox nor consume its topics
 * takes no traffic. Asks for the cluster's brokers with a short timeout on every probe.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private final String bootstrapServers;
    private final Map<String, Object> kafkaConfig;
    private final Duration timeout;
    private Admin admin;

    public KafkaReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "platform.health.kafka-timeout", defaultValue = "2s") Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.kafkaConfig = kafkaConfig;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka").status(brokers > 0).withData("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e);
        } catch (Exception e) {
            return down(e);
        }
    }

    private HealthCheckResponse down(Exception cause) {
        return HealthCheckResponse.named("kafka").down()
                .withData("bootstrap.servers", bootstrapServers)
                .withData("error", cause.toString())
                .build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = KafkaClientSecurity.from(kafkaConfig);
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
