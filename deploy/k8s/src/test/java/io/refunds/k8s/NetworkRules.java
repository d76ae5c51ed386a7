package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Each service's pods are fenced: a NetworkPolicy selecting them restricts both directions, admits HTTP only from
 * the gateway's namespace, and lets them reach only DNS, the Kafka brokers and the PostgreSQL cluster — and
 * the two clients of outside APIs — refund-service (the payment provider) and messaging-service (the marketplace's
 * open platform) — those APIs: HTTPS to public addresses, never to the cluster's private ranges.
 */
final class NetworkRules {

    static final String GATEWAY_NAMESPACE_LABEL = "refunds.io/gateway";
    private static final List<String> ALLOWED_EGRESS_PODS = List.of("k8s-app", "strimzi.io/cluster", "cnpg.io/cluster");
    private static final Set<String> OUTSIDE_API_CLIENTS = Set.of("refund-service", "messaging-service");
    private static final List<String> PRIVATE_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");

    private NetworkRules() {
    }

    static List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (K8sObject deployment : manifests.ofKind("Deployment")) {
            JsonNode labels = deployment.spec().path("template").path("metadata").path("labels");
            List<K8sObject> policies = manifests.ofKind("NetworkPolicy").stream()
                    .filter(policy -> selects(policy.spec().path("podSelector").path("matchLabels"), labels))
                    .toList();
            if (policies.isEmpty()) {
                violations.add(deployment + ": no NetworkPolicy selects its pods");
            }
            for (K8sObject policy : policies) {
                check(deployment, policy, violations);
            }
        }
        return violations;
    }

    private static void check(K8sObject deployment, K8sObject policy, List<String> violations) {
        String where = deployment + " " + policy;
        String types = policy.spec().path("policyTypes").toString();
        if (!types.contains("\"Ingress\"") || !types.contains("\"Egress\"")) {
            violations.add(where + ": must restrict Ingress and Egress, restricts " + types);
        }
        for (JsonNode rule : policy.spec().path("ingress")) {
            if (rule.path("from").isEmpty()) {
                violations.add(where + ": an ingress rule admits every source");
            }
            for (JsonNode peer : rule.path("from")) {
                boolean gateway = peer.path("namespaceSelector").path("matchLabels").path(GATEWAY_NAMESPACE_LABEL)
                        .asText().equals("true") && !peer.has("podSelector") && !peer.has("ipBlock");
                if (!gateway) {
                    violations.add(where + ": admits " + peer + "; only the gateway's namespace may reach the service");
                }
            }
        }
        for (JsonNode rule : policy.spec().path("egress")) {
            if (rule.path("to").isEmpty()) {
                violations.add(where + ": an egress rule allows every destination");
            }
            for (JsonNode peer : rule.path("to")) {
                JsonNode pods = peer.path("podSelector").path("matchLabels");
                boolean known = ALLOWED_EGRESS_PODS.stream().anyMatch(pods::has) && !peer.has("ipBlock")
                        || paymentProviderOnly(deployment, rule, peer);
                if (!known) {
                    violations.add(where + ": allows egress to " + peer + "; only DNS, Kafka and PostgreSQL");
                }
            }
        }
    }

    /** refund-service and messaging-service may call their outside APIs: HTTPS only, public addresses only. */
    private static boolean paymentProviderOnly(K8sObject deployment, JsonNode rule, JsonNode peer) {
        JsonNode ports = rule.path("ports");
        boolean httpsOnly = ports.size() == 1 && ports.get(0).path("port").asInt() == 443;
        List<String> except = new ArrayList<>();
        peer.path("ipBlock").path("except").forEach(range -> except.add(range.asText()));
        return OUTSIDE_API_CLIENTS.contains(deployment.name()) && peer.has("ipBlock") && httpsOnly
                && except.containsAll(PRIVATE_RANGES);
    }

    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, JsonNode> entry : matchLabels.properties()) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
