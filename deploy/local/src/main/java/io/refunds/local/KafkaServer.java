package io.refunds.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A single-node Kafka broker (KRaft, no ZooKeeper) from the official jars, as its own process. */
final class KafkaServer {

    private final PlatformSettings settings;
    private final Path home;
    private ChildProcess broker;

    KafkaServer(PlatformSettings settings) {
        this.settings = settings;
        this.home = settings.dataDirectory().resolve("kafka");
    }

    void start() throws IOException, InterruptedException {
        Path config = writeConfig();
        if (!Files.exists(home.resolve("logs/meta.properties"))) {
            new ChildProcess("kafka-storage-format", List.of(ChildProcess.javaExecutable(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath(),
                    "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    Map.of(), logFile()).runToCompletion(120);
        }
        // A small heap grown on demand: the broker's live data is a few tens of MB at the platform's rates. Client
        // compiler only, as the services in the local run: half the CPU to start.
        broker = new ChildProcess("kafka", List.of(ChildProcess.javaExecutable(), "-Xms32m", "-Xmx192m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m",
                "-Djava.awt.headless=true",
                "-cp", classpath(), "kafka.Kafka", config.toString()), Map.of("MALLOC_ARENA_MAX", "2"), logFile());
        broker.start();
        awaitReady(Duration.ofSeconds(90));
    }

    void stop() {
        if (broker != null) {
            broker.stop(30);
        }
    }

    void kill() throws InterruptedException {
        broker.kill();
    }

    long pid() {
        return broker.pid();
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                if (!broker.isAlive()) {
                    throw new IOException("Kafka exited; see " + logFile());
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    // The broker is still starting; ask again.
                }
            }
        }
        throw new IOException("Kafka was not ready within " + timeout + "; see " + logFile());
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(home);
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + settings.kafkaControllerPort());
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + settings.kafkaPort()
                + ",CONTROLLER://127.0.0.1:" + settings.kafkaControllerPort());
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + settings.kafkaPort());
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", home.resolve("logs").toString());
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // One broker on a laptop: 50 offsets partitions (the default) cost seconds when the first group joins, and
        // 8 I/O threads are four per core here.
        config.put("offsets.topic.num.partitions", "5");
        config.put("num.io.threads", "2");
        config.put("num.network.threads", "2");
        // The log cleaner (compacted __consumer_offsets) allocates this buffer up front; 128 MB by default.
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        Path file = home.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            config.store(writer, "Single-node KRaft broker of the local run (written at every start)");
        }
        return file;
    }

    private String classpath() {
        return settings.libDirectory().resolve("*").toString();
    }

    Path logFile() {
        return settings.dataDirectory().resolve("logs/kafka.log");
    }
}
