package io.refunds.platform.outbox;

import java.util.Map;
import java.util.Properties;

/**
 * The connection's security settings ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}) taken from the
 * application's {@code kafka.*} configuration (KAFKA_* variables), as the SmallRye Kafka connector takes them.
 */
public final class KafkaClientSecurity {

    private KafkaClientSecurity() {
    }

    public static Properties from(Map<String, Object> kafkaConfig) {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                props.put(key, value);
            }
        });
        return props;
    }
}
