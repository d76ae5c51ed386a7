package io.refunds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's limits measured on the platform's own servers: pgbench's commit rate on the same PostgreSQL, and
 * Kafka's producer performance tool on the same broker (1 KiB records, {@code acks=all}).
 */
final class Limits {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern RECORDS_PER_SECOND = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\), ([0-9.]+) ms avg latency, "
                    + "([0-9.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    /** pgbench's result. */
    record Pgbench(double tps, String output) {
    }

    /** ProducerPerformance's result. */
    record Producer(double recordsPerSecond, double p99Millis, String output) {
    }

    private Limits() {
    }

    /** {@code pgbench -i -s 10} into a scratch database, then {@code -c 8 -j 2 -T seconds}. */
    static Pgbench pgbench(Commits server, int port, int seconds) throws IOException, InterruptedException,
            SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bench_pgbench");
            statement.execute("CREATE DATABASE bench_pgbench");
        }
        List<String> target = List.of("-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres");
        run(concat(List.of("pgbench", "-i", "-q", "-s", "10"), target, List.of("bench_pgbench")), 300);
        String output = run(concat(List.of("pgbench", "-c", "8", "-j", "2", "-T", Integer.toString(seconds)), target,
                List.of("bench_pgbench")), seconds + 120L);
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IOException("no tps in pgbench's output: " + output);
        }
        return new Pgbench(Double.parseDouble(tps.group(1)), output);
    }

    /** {@code ProducerPerformance}: {@code records} records of 1 KiB, unthrottled, {@code acks=all}. */
    static Producer kafkaProducer(String bootstrapServers, long records, Path libDirectory)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String output = run(List.of(java, "-Xmx512m", "-cp", libDirectory.resolve("*").toString(),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-perf",
                "--num-records", Long.toString(records), "--record-size", "1024", "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all"), 600);
        Matcher last = RECORDS_PER_SECOND.matcher(output); // only the final summary has percentiles
        if (!last.find()) {
            throw new IOException("no summary in ProducerPerformance's output: " + output);
        }
        return new Producer(Double.parseDouble(last.group(2)), Double.parseDouble(last.group(8)), output);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    private static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGPASSWORD", "postgres"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command.subList(0, 1)) + " failed: " + output);
        }
        return output;
    }
}
