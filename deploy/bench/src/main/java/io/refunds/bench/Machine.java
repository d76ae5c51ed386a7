package io.refunds.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Facts about the machine around a run: load, cores, the commit the run was built from. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages. */
    static double[] loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                Double.parseDouble(fields[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** {@code git rev-parse HEAD}, with {@code +dirty} when tracked files changed since. */
    static String commit(Path repositoryRoot) {
        String head = git(repositoryRoot, "rev-parse", "HEAD");
        String changes = git(repositoryRoot, "status", "--porcelain", "--untracked-files=no");
        return head.isEmpty() ? "unknown" : head + (changes.isEmpty() ? "" : "+dirty");
    }

    static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> difference = new LinkedHashMap<>();
        after.forEach((name, value) -> difference.put(name, value - before.getOrDefault(name, 0.0)));
        return difference;
    }

    static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left for the next clean.
        }
    }

    private static String git(Path repositoryRoot, String... arguments) {
        try {
            String[] command = Stream.concat(Stream.of("git", "-C", repositoryRoot.toString()), Stream.of(arguments))
                    .toArray(String[]::new);
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
