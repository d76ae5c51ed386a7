package io.refunds.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What a suite needs from outside the JVM (a browser, kubectl, a folder beside the clone). Missing, the suite is skipped
 * with a message that names what is missing and how to get it; under {@code CI=true} nothing may be skipped, so the
 * same message fails it instead.
 */
public final class Requirements {

    private Requirements() {
    }

    /** Skips the calling test or suite unless {@code met}; fails it under {@code CI=true}. */
    public static void require(boolean met, String missing, String howToGetIt) {
        require(met, missing, howToGetIt, System.getenv("CI"));
    }

    static void require(boolean met, String missing, String howToGetIt, String ci) {
        if (met) {
            return;
        }
        String message = message(missing, howToGetIt);
        if (onCi(ci)) {
            throw new IllegalStateException("CI=true, so nothing may be skipped: " + message);
        }
        Assumptions.abort(message);
    }

    /** The executable {@code command} on the PATH; the suite is skipped (failed under CI) when there is none. */
    public static Path onPath(String command, String howToGetIt) {
        Optional<Path> found = findOnPath(command);
        require(found.isPresent(), command + " is not on the PATH", howToGetIt);
        return found.orElseThrow();
    }

    public static Optional<Path> findOnPath(String command) {
        return findOn(System.getenv().getOrDefault("PATH", ""), command);
    }

    static Optional<Path> findOn(String path, String command) {
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static String message(String missing, String howToGetIt) {
        return missing + " — " + howToGetIt;
    }

    static boolean onCi(String ci) {
        return ci != null && ci.trim().equalsIgnoreCase("true");
    }
}
