package io.refunds.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Resident memory of the platform's processes, sampled every second: {@code VmRSS} of a single process, and for a
 * server with children (PostgreSQL: postmaster and backends) the sum of their {@code Pss}, which counts the shared
 * buffers once instead of once per backend. Keeps each process's peak; also reads their CPU time.
 */
final class ProcessMemory implements AutoCloseable {

    private final Map<String, LongSupplier> pids = new LinkedHashMap<>();
    private final Map<String, Boolean> withChildren = new LinkedHashMap<>();
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-rss");
        thread.setDaemon(true);
        return thread;
    });

    void watch(String name, LongSupplier pid, boolean includeChildren) {
        pids.put(name, pid);
        withChildren.put(name, includeChildren);
    }

    void start() {
        sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    /** Peak RSS per process in KiB, in the order watched. */
    Map<String, Long> peaks() {
        sample();
        Map<String, Long> peaks = new LinkedHashMap<>();
        pids.keySet().forEach(name -> peaks.put(name, peakKb.getOrDefault(name, 0L)));
        return peaks;
    }

    /** CPU seconds used so far by each watched process, in the order watched. */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, ProcessCpu.seconds(pid.getAsLong(), withChildren.get(name))));
        return seconds;
    }

    private void sample() {
        pids.forEach((name, pid) -> {
            long kb = rssKb(pid.getAsLong(), withChildren.get(name));
            peakKb.merge(name, kb, Math::max);
        });
    }

    static long rssKb(long pid, boolean includeChildren) {
        if (!includeChildren) {
            return statusField(pid, "VmRSS:");
        }
        long total = field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
        for (long child : children(pid)) {
            total += field(Path.of("/proc", Long.toString(child), "smaps_rollup"), "Pss:");
        }
        return total;
    }

    /** The PostgreSQL server's process id, from {@code postmaster.pid} in its data folder. */
    static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static List<Long> children(long parent) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(
                            Character::isDigit)).map(Long::parseLong)
                    .filter(pid -> statusField(pid, "PPid:") == parent).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long statusField(long pid, String field) {
        return field(Path.of("/proc", Long.toString(pid), "status"), field);
    }

    private static long field(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between listing and reading.
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
