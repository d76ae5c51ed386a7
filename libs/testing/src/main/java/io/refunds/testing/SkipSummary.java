package io.refunds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The end of the build: one line per skipped suite with its reason, read from the records {@link SkipRecorder} left in
 * every module's {@code target/test-skips} during this build. Under {@code CI=true} any skip fails the build.
 * Run by the last module of the reactor (test-summary/pom.xml).
 */
public final class SkipSummary {

    private static final Set<String> NOT_MODULES = Set.of("node_modules", "src", ".data", ".git");

    private SkipSummary() {
    }

    /** {@code SkipSummary <repository root> [<build start, ISO-8601>]}. */
    public static void main(String[] args) {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Instant since = args.length > 1 && !args[1].isBlank() ? Instant.parse(args[1]) : Instant.EPOCH;
        List<String> lines = lines(root, since);
        if (lines.isEmpty()) {
            System.out.println("[test summary] no test suite was skipped");
            return;
        }
        System.out.println("[test summary] " + lines.size() + " skipped test suite(s), each with its reason:");
        lines.forEach(line -> System.out.println("[test summary] SKIPPED " + line));
        if (Requirements.onCi(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true, so nothing may be skipped, but " + lines.size()
                    + " test suite(s) were: " + String.join("; ", lines));
        }
    }

    /** "{@code <module> <class>: <reason>}" for every record written since {@code since}, sorted. */
    static List<String> lines(Path root, Instant since) {
        List<String> lines = new ArrayList<>();
        for (Path record : records(root)) {
            try {
                if (Files.getLastModifiedTime(record).toInstant().isBefore(since)) {
                    continue;
                }
                String module = root.relativize(record.getParent().getParent().getParent()).toString();
                String suite = record.getFileName().toString().replaceAll("\\.txt$", "");
                for (String reason : Files.readAllLines(record)) {
                    lines.add((module.isEmpty() ? "." : module) + " " + suite + ": " + reason);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines.stream().sorted().toList();
    }

    private static List<Path> records(Path root) {
        List<Path> records = new ArrayList<>();
        try {
            Files.walkFileTree(root, Set.of(), 6, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName().toString();
                    boolean elsewhereInTarget = dir.getParent() != null && dir.getParent().endsWith("target")
                            && !name.equals(SkipRecorder.DIRECTORY.getFileName().toString());
                    return NOT_MODULES.contains(name) || elsewhereInTarget ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getParent().endsWith(SkipRecorder.DIRECTORY) && file.toString().endsWith(".txt")) {
                        records.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
