package io.refunds.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program the platform runs beside itself, its output appended to a log file. */
final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Path workingDirectory;
    private Process process;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this(name, command, environment, logFile, null);
    }

    /** Run in {@code workingDirectory} ({@code null}: this process's own). */
    ChildProcess(String name, List<String> command, Map<String, String> environment, Path logFile,
            Path workingDirectory) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.workingDirectory = workingDirectory;
    }

    synchronized void start() throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        process = builder.start();
    }

    /** Runs to completion; fails when the program exits with an error. */
    void runToCompletion(long timeoutSeconds) throws IOException, InterruptedException {
        start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(name + " failed; see " + logFile);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, then SIGKILL if it has not ended within the grace period. */
    synchronized void stop(long graceSeconds) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(graceSeconds, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code kill -9}: no shutdown hooks, no goodbye. */
    synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Waits up to {@code timeout} for the program to end; a bounded pause between readiness checks. */
    void waitForExit(java.time.Duration timeout) throws InterruptedException {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current != null) {
            current.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    String name() {
        return name;
    }

    /** The operating system's id of the running program. */
    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not started");
        }
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
