package io.refunds.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where the tests' Kafka broker and PostgreSQL come from, decided here and nowhere else: the embedded pair by default
 * (runs everywhere), or Testcontainers of the same versions with {@code TEST_INFRA=containers} where a container engine
 * answers; with none, the embedded pair and one line that says so. {@code KAFKA_BOOTSTRAP_SERVERS} and
 * {@code TEST_POSTGRES_HOST} still name external servers ({@link KafkaBroker}, {@link PostgresServer}).
 */
public final class TestInfrastructure {

    /** The environment variable that chooses. */
    public static final String VARIABLE = "TEST_INFRA";
    /** The official images of the embedded versions: Kafka as the BOM's kafka-clients, PostgreSQL as zonky's binaries. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    public static final String POSTGRES_IMAGE = "postgres:14.22";

    /** The two ways to get a broker and a database. */
    public enum Kind {
        /** In-process KRaft broker and embedded PostgreSQL binaries, both from Maven Central. */
        EMBEDDED,
        /** {@link #KAFKA_IMAGE} and {@link #POSTGRES_IMAGE} as Testcontainers. */
        CONTAINERS
    }

    private static Kind chosen;

    private TestInfrastructure() {
    }

    /** The choice for this JVM, made once. */
    public static synchronized Kind kind() {
        if (chosen == null) {
            chosen = choose(System.getenv(VARIABLE), () -> Containers.engineAnswers(),
                    line -> System.getLogger(TestInfrastructure.class.getName()).log(System.Logger.Level.INFO, line));
        }
        return chosen;
    }

    /** {@code setting} is the value of {@value #VARIABLE}; the engine is asked only when containers are wanted. */
    static Kind choose(String setting, BooleanSupplier engineAnswers, Consumer<String> log) {
        String value = setting == null ? "" : setting.trim();
        if (value.isEmpty() || value.equalsIgnoreCase("embedded")) {
            return Kind.EMBEDDED;
        }
        if (!value.equalsIgnoreCase("containers")) {
            throw new IllegalArgumentException(VARIABLE + "=" + setting + " is not known: use embedded (the default) "
                    + "or containers");
        }
        if (engineAnswers.getAsBoolean()) {
            log.accept(VARIABLE + "=containers: Kafka (" + KAFKA_IMAGE + ") and PostgreSQL (" + POSTGRES_IMAGE
                    + ") run as Testcontainers");
            return Kind.CONTAINERS;
        }
        log.accept(VARIABLE + "=containers, but no container engine answers (is the Docker daemon running?): "
                + "using the embedded Kafka and PostgreSQL instead");
        return Kind.EMBEDDED;
    }
}
