package io.refunds.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The dev overlay with the Ingress component added: how an overlay switches to Ingress (see README.md). */
final class IngressVariant {

    private IngressVariant() {
    }

    static Manifests render() {
        Path dir = Repo.MODULE.resolve("target/ingress-variant");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    namespace: refunds
                    resources:
                      - ../../overlays/dev
                    components:
                      - ../../components/ingress
                    """);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + dir, e);
        }
        return Manifests.render(dir);
    }
}
