package io.refunds.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where things are: this module, the repository around it and the operators' CRDs beside the repository. */
final class Repo {

    /** deploy/k8s, the tests' working directory under Maven. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent().getParent();
    static final List<String> SERVICES = List.of("order-service", "messaging-service", "dispute-service",
            "refund-service");

    private Repo() {
    }

    static Path overlays() {
        return MODULE.resolve("overlays");
    }

    /** Every overlay directory, the things ops apply. */
    static List<Path> overlayDirs() {
        try (Stream<Path> dirs = Files.list(overlays())) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot list " + overlays(), e);
        }
    }

    /**
     * The CRDs: -Dk8s.crds.dir or K8S_CRDS_DIR if set, else shared/k8s-crds beside the repository, else
     * /work/shared/k8s-crds. Missing CRDs fail the tests: validation is never silently skipped.
     */
    static Path crds() {
        String configured = System.getProperty("k8s.crds.dir", System.getenv("K8S_CRDS_DIR"));
        List<Path> candidates = Stream.of(configured, ROOT.resolve("../shared/k8s-crds").toString(),
                "/work/shared/k8s-crds")
                .filter(path -> path != null && !path.isBlank())
                .map(path -> Path.of(path).toAbsolutePath().normalize())
                .toList();
        return candidates.stream()
                .filter(path -> Files.isDirectory(path.resolve("strimzi")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no CRD folder (strimzi/, cloudnative-pg/, gateway-api/) in "
                        + candidates + "; set -Dk8s.crds.dir or K8S_CRDS_DIR"));
    }
}
