package io.refunds.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every object of a rendering against its schema: core kinds against the Kubernetes models, the operators' custom
 * resources (by API group) against their CRDs, in two checks so the first needs no CRDs.
 */
final class Validation {

    /** The API groups of the operators' custom resources, whose schemas are their CRDs. */
    static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "gateway.networking.k8s.io");

    private Validation() {
    }

    /** Violations of every object that is not a custom resource; a kind the tests have no schema for is one. */
    static List<String> coreViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (K8sObject object : manifests.objects()) {
            if (isCustom(object)) {
                continue;
            }
            if (CoreSchemas.defines(object)) {
                violations.addAll(CoreSchemas.violations(object).orElseThrow());
                violations.addAll(RequiredFields.violations(object));
            } else {
                violations.add(object + ": no schema for " + object.apiVersion() + " " + object.kind()
                        + " (neither a core kind the tests know nor a custom resource of " + CUSTOM_GROUPS + ")");
            }
        }
        return violations;
    }

    /** Violations of every custom resource against its CRD; one no CRD defines is one. */
    static List<String> customViolations(Manifests manifests) {
        CrdSchemas crds = CrdSchemas.load();
        List<String> violations = new ArrayList<>();
        for (K8sObject object : manifests.objects()) {
            if (!isCustom(object)) {
                continue;
            }
            violations.addAll(crds.violations(object).orElseGet(() -> List.of(object + ": no schema for "
                    + object.apiVersion() + " " + object.kind() + " (no CRD in " + Repo.crds() + " defines it)")));
        }
        return violations;
    }

    static boolean isCustom(K8sObject object) {
        String apiVersion = object.apiVersion();
        return apiVersion.contains("/") && CUSTOM_GROUPS.contains(apiVersion.substring(0, apiVersion.indexOf('/')));
    }
}
