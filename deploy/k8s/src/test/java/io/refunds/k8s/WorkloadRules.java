package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules for every container ops run: health probes, requests and limits, non-root, tagged images, no secrets. */
final class WorkloadRules {

    private static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");
    /** Names of settings that hold credentials: they must come from a Secret, never as a literal value. */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|JAAS|CREDENTIAL|PRIVATE_?KEY).*");

    private WorkloadRules() {
    }

    static List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (K8sObject deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.spec().path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                String where = deployment + " container " + container.path("name").asText();
                probes(where, container, violations);
                resources(where, container, violations);
                security(where, pod, container, violations);
                image(where, container, violations);
                literalCredentials(where, container, violations);
            }
        }
        secretValues(manifests, violations);
        return violations;
    }

    private static void probes(String where, JsonNode container, List<String> violations) {
        PROBES.forEach((probe, path) -> {
            String actual = container.path(probe).path("httpGet").path("path").asText("");
            if (!actual.equals(path)) {
                violations.add(where + ": " + probe + " must GET " + path + " (SmallRye Health), has '" + actual + "'");
            }
        });
    }

    private static void resources(String where, JsonNode container, List<String> violations) {
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (container.path("resources").path(bound).path(resource).asText("").isEmpty()) {
                    violations.add(where + ": no resources." + bound + "." + resource);
                }
            }
        }
    }

    private static void security(String where, JsonNode pod, JsonNode container, List<String> violations) {
        JsonNode context = container.path("securityContext");
        boolean nonRoot = context.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot")
                .asBoolean(false));
        if (!nonRoot) {
            violations.add(where + ": runAsNonRoot must be true");
        }
        if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
            violations.add(where + ": readOnlyRootFilesystem must be true");
        }
        if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add(where + ": allowPrivilegeEscalation must be false");
        }
    }

    private static void image(String where, JsonNode container, List<String> violations) {
        String image = container.path("image").asText("");
        String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
        if (image.contains("@sha256:")) {
            return;
        }
        if (!afterRegistry.contains(":")) {
            violations.add(where + ": image '" + image + "' has no tag (set it with kustomize images:)");
        } else if (afterRegistry.endsWith(":latest")) {
            violations.add(where + ": image '" + image + "' uses the tag latest");
        }
    }

    private static void literalCredentials(String where, JsonNode container, List<String> violations) {
        for (JsonNode env : container.path("env")) {
            if (CREDENTIAL.matcher(env.path("name").asText()).matches() && env.has("value")) {
                violations.add(where + ": env " + env.path("name").asText() + " is a literal; use a secretKeyRef");
            }
        }
    }

    private static void secretValues(Manifests manifests, List<String> violations) {
        for (K8sObject secret : manifests.ofKind("Secret")) {
            for (String field : List.of("data", "stringData")) {
                if (!secret.node().path(field).isEmpty()) {
                    violations.add(secret + ": carries values in " + field + "; secrets are never committed");
                }
            }
        }
        for (K8sObject configMap : manifests.ofKind("ConfigMap")) {
            configMap.node().path("data").fieldNames().forEachRemaining(key -> {
                if (CREDENTIAL.matcher(key).matches()) {
                    violations.add(configMap + ": key " + key + " looks like a credential; use a Secret");
                }
            });
        }
    }
}
