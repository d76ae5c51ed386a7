package io.refunds.k8s;

import io.refunds.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** This module's npm packages (package-lock.json), installed with {@code npm ci} when npm is there and they are not. */
final class NpmPackages {

    private static final Path LOCK = Repo.MODULE.resolve("package-lock.json");
    private static final Path INSTALLED = Repo.MODULE.resolve("node_modules/.package-lock.json");

    private NpmPackages() {
    }

    /** {@code node_modules}, installed now if needed; empty when it is not installed and npm is not on the PATH. */
    static synchronized Optional<Path> installed() {
        if (upToDate()) {
            return Optional.of(INSTALLED.getParent());
        }
        Optional<Path> npm = Requirements.findOnPath("npm");
        if (npm.isEmpty()) {
            return Optional.empty();
        }
        Commands.run(List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), Repo.MODULE,
                300);
        return Optional.of(INSTALLED.getParent());
    }

    private static boolean upToDate() {
        try {
            return Files.isRegularFile(INSTALLED)
                    && Files.getLastModifiedTime(INSTALLED).compareTo(Files.getLastModifiedTime(LOCK)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
