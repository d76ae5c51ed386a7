package io.refunds.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time used by a process (and optionally its children) and by the whole machine, from {@code /proc}. */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** User plus system CPU seconds of the process, and of its live children when asked. */
    static double seconds(long pid, boolean includeChildren) {
        double total = ownSeconds(pid);
        if (includeChildren) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                total += processes.map(path -> path.getFileName().toString())
                        .filter(name -> name.chars().allMatch(Character::isDigit)).mapToLong(Long::parseLong)
                        .filter(child -> parent(child) == pid).mapToDouble(ProcessCpu::ownSeconds).sum();
            } catch (IOException e) {
                // No children counted.
            }
        }
        return total;
    }

    /** Busy and total CPU seconds of the whole machine since boot (all cores), from {@code /proc/stat}. */
    static double[] machineBusyAndTotal() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Double.parseDouble(cpu[i]);
            }
            double idle = Double.parseDouble(cpu[4]) + Double.parseDouble(cpu[5]);
            return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    private static double ownSeconds(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static long parent(long pid) {
        String[] fields = stat(pid);
        return fields == null ? -1 : Long.parseLong(fields[1]);
    }

    /** The fields after the command name (which may hold spaces): index 0 is the state, 1 the parent id. */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
