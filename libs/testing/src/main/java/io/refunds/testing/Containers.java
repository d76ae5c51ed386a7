package io.refunds.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL as Testcontainers, for {@code TEST_INFRA=containers}; the only class touching Testcontainers, so
 * the embedded default never loads it. Each container lives as long as the test JVM (Testcontainers' Ryuk reaps it).
 */
final class Containers {

    private Containers() {
    }

    static boolean engineAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** A started broker's bootstrap servers. */
    static String kafka() {
        KafkaContainer kafka = new KafkaContainer(TestInfrastructure.KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    /** A started server's admin database, user {@code postgres}. */
    static Database postgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(TestInfrastructure.POSTGRES_IMAGE)
                .withDatabaseName("postgres")
                .withUsername("postgres")
                .withPassword("postgres")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        postgres.start();
        return new Database(postgres.getHost(), postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), "postgres",
                "postgres", "postgres");
    }
}
