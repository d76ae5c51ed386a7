package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every route reaches something: HTTPRoute and Ingress backends name a Service and one of its ports, HTTPRoutes
 * attach to a Gateway that exists, and every Service selects a Deployment whose container has the target port.
 */
final class RoutingRules {

    private RoutingRules() {
    }

    static List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (K8sObject route : manifests.ofKind("HTTPRoute")) {
            for (JsonNode parent : route.spec().path("parentRefs")) {
                if (manifests.find("Gateway", parent.path("name").asText()).isEmpty()) {
                    violations.add(route + ": parent Gateway " + parent.path("name").asText() + " does not exist");
                }
            }
            for (JsonNode rule : route.spec().path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    backend(manifests, route, backend.path("name").asText(), backend.path("port").asText(), violations);
                }
            }
        }
        for (K8sObject ingress : manifests.ofKind("Ingress")) {
            for (JsonNode rule : ingress.spec().path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode service = path.path("backend").path("service");
                    JsonNode port = service.path("port");
                    backend(manifests, ingress, service.path("name").asText(),
                            port.has("name") ? port.path("name").asText() : port.path("number").asText(), violations);
                }
            }
        }
        manifests.ofKind("Service").forEach(service -> selectsWorkload(manifests, service, violations));
        return violations;
    }

    private static void backend(Manifests manifests, K8sObject route, String name, String port, List<String> violations) {
        Optional<K8sObject> service = manifests.find("Service", name);
        if (service.isEmpty()) {
            violations.add(route + ": backend Service " + name + " does not exist");
            return;
        }
        boolean hasPort = false;
        for (JsonNode servicePort : service.get().spec().path("ports")) {
            hasPort |= servicePort.path("port").asText().equals(port) || servicePort.path("name").asText().equals(port);
        }
        if (!hasPort) {
            violations.add(route + ": Service " + name + " has no port " + port);
        }
    }

    private static void selectsWorkload(Manifests manifests, K8sObject service, List<String> violations) {
        JsonNode selector = service.spec().path("selector");
        List<K8sObject> selected = manifests.ofKind("Deployment").stream()
                .filter(deployment -> matches(selector, deployment.spec().path("template").path("metadata").path("labels")))
                .toList();
        if (selector.isEmpty() || selected.isEmpty()) {
            violations.add(service + ": selects no Deployment");
            return;
        }
        for (JsonNode port : service.spec().path("ports")) {
            String target = port.path("targetPort").asText(port.path("port").asText());
            for (K8sObject deployment : selected) {
                boolean exposes = false;
                for (JsonNode container : deployment.spec().path("template").path("spec").path("containers")) {
                    for (JsonNode containerPort : container.path("ports")) {
                        exposes |= target.equals(containerPort.path("name").asText())
                                || target.equals(containerPort.path("containerPort").asText());
                    }
                }
                if (!exposes) {
                    violations.add(service + ": targetPort " + target + " is no container port of " + deployment);
                }
            }
        }
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        for (Map.Entry<String, JsonNode> entry : selector.properties()) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
