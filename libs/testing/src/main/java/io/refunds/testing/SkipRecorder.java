package io.refunds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every skipped test (an assumption that aborted it, or a disabled one) with its reason in
 * {@code target/test-skips/<class>.txt}, one line per reason, and prints it; {@link SkipSummary} lists them all at the
 * end of the build. A class that runs again starts with no record, so a record always tells of the latest run.
 * Registered for every test JVM that has this module on its class path (META-INF/services).
 */
public final class SkipRecorder implements TestExecutionListener {

    static final Path DIRECTORY = Path.of("target", "test-skips");

    private final Path directory;
    private final boolean print;
    private final Map<String, Set<String>> reasons = new TreeMap<>();

    public SkipRecorder() {
        this(DIRECTORY, true);
    }

    /** Records in {@code directory}, and prints each record to the test JVM's output when {@code print}. */
    SkipRecorder(Path directory, boolean print) {
        this.directory = directory;
        this.print = print;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Set<String> classes = new TreeSet<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(id -> className(id).ifPresent(classes::add)));
        classes.forEach(name -> delete(file(name)));
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record(id, reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(id, result.getThrowable().map(Throwable::getMessage).orElse("aborted, no reason given"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (reasons.isEmpty() || !Files.isDirectory(directory.getParent())) {
            return;
        }
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, Set<String>> skipped : reasons.entrySet()) {
                Files.write(file(skipped.getKey()), skipped.getValue());
                if (print) {
                    skipped.getValue().forEach(reason -> System.out.println("[SKIPPED] " + skipped.getKey() + ": "
                            + reason));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the skipped tests in " + directory, e);
        }
    }

    private synchronized void record(TestIdentifier id, String reason) {
        String name = className(id).orElse(id.getDisplayName());
        reasons.computeIfAbsent(name, key -> new TreeSet<>()).add(reason == null || reason.isBlank()
                ? "skipped, no reason given" : reason.lines().findFirst().orElse(reason));
    }

    private static Optional<String> className(TestIdentifier id) {
        return id.getSource().flatMap(source -> source instanceof ClassSource type ? Optional.of(type.getClassName())
                : source instanceof MethodSource method ? Optional.of(method.getClassName()) : Optional.empty());
    }

    private Path file(String className) {
        return directory.resolve(className + ".txt");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
