package io.refunds.k8s;

import io.refunds.testing.Requirements;
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
     * The CRDs: {@code -Dk8s.crds.dir} or {@code K8S_CRDS_DIR} when set (a folder without them fails), else
     * {@code shared/k8s-crds} beside the clone; without either the calling suite is skipped (failed under CI=true).
     */
    static Path crds() {
        return crds(System.getProperty("k8s.crds.dir"), System.getenv("K8S_CRDS_DIR"), ROOT);
    }

    static Path crds(String property, String environment, Path root) {
        String configured = property != null && !property.isBlank() ? property : environment;
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            if (!holdsCrds(dir)) {
                throw new IllegalStateException("no CRD folders (strimzi/, cloudnative-pg/, gateway-api/) in " + dir
                        + ", named by -Dk8s.crds.dir or K8S_CRDS_DIR");
            }
            return dir;
        }
        Path beside = root.resolve("../shared/k8s-crds").toAbsolutePath().normalize();
        Requirements.require(holdsCrds(beside), "the operators' CRDs (Strimzi, CloudNativePG, Gateway API) are not in "
                + beside, "set K8S_CRDS_DIR or -Dk8s.crds.dir to a folder with strimzi/, cloudnative-pg/ and "
                + "gateway-api/ holding their CustomResourceDefinition YAML (the operators' release manifests)");
        return beside;
    }

    private static boolean holdsCrds(Path dir) {
        return Stream.of("strimzi", "cloudnative-pg", "gateway-api").allMatch(name -> Files.isDirectory(dir.resolve(name)));
    }
}
