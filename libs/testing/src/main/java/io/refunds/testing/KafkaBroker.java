package io.refunds.testing;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Kafka broker (KRaft) for the whole test JVM, started in-process from the official Kafka jars (or as a
 * container, as {@link TestInfrastructure} decides), or the external one named by {@code KAFKA_BOOTSTRAP_SERVERS}.
 * The only class touching Kafka's test kit.
 */
public final class KafkaBroker {

    private static String bootstrapServers;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            bootstrapServers = external != null && !external.isBlank() ? external
                    : TestInfrastructure.kind() == TestInfrastructure.Kind.CONTAINERS ? Containers.kafka()
                    : startInProcess();
            EventTopics.createAll(bootstrapServers);
        }
        return bootstrapServers;
    }

    private static String startInProcess() {
        // A broker in the test JVM must never end that JVM: Kafka exits or halts on fatal faults (which a
        // shutdown race can raise), and a non-zero exit fails the build after green tests.
        Exit.setExitProcedure(KafkaBroker::refuseToExit);
        Exit.setHaltProcedure(KafkaBroker::refuseToExit);
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build());
            Map.of("offsets.topic.replication.factor", "1",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "group.initial.rebalance.delay.ms", "0",
                    "num.partitions", "3",
                    "auto.create.topics.enable", "true")
                    .forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(cluster), "kafka-broker-stop"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-process Kafka broker", e);
        }
    }

    private static void refuseToExit(int statusCode, String message) {
        System.getLogger(KafkaBroker.class.getName()).log(System.Logger.Level.WARNING,
                "in-process Kafka asked to end the JVM with status " + statusCode + ": " + message);
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Exception e) {
            System.getLogger(KafkaBroker.class.getName()).log(System.Logger.Level.WARNING, "broker stop failed", e);
        }
    }
}
