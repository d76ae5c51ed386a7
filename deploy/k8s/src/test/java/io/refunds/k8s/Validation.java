package io.refunds.k8s;

import java.util.ArrayList;
import java.util.List;

/** Every object of a rendering against its schema: CRD schemas for custom resources, the core models for the rest. */
final class Validation {

    private Validation() {
    }

    static List<String> violations(Manifests manifests) {
        CrdSchemas crds = CrdSchemas.load();
        List<String> violations = new ArrayList<>();
        List<K8sObject> core = new ArrayList<>();
        for (K8sObject object : manifests.objects()) {
            if (crds.defines(object)) {
                violations.addAll(crds.violations(object).orElseThrow());
            } else if (CoreSchemas.defines(object)) {
                violations.addAll(CoreSchemas.violations(object).orElseThrow());
                core.add(object);
            } else {
                violations.add(object + ": no schema for " + object.apiVersion() + " " + object.kind()
                        + " (neither a core kind the tests know nor a CRD in " + Repo.crds() + ")");
            }
        }
        if (!core.isEmpty()) {
            violations.addAll(KubernetesModels.violations(core));
        }
        return violations;
    }
}
