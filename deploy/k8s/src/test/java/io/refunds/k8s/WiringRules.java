package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each service is wired to its own credentials: the Kafka JAAS line from its own KafkaUser's Secret, the database
 * login from the Secret of the role CloudNativePG manages for it, and a Database owned by that role.
 */
final class WiringRules {

    private WiringRules() {
    }

    static List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        K8sObject cluster = manifests.ofKind("Cluster").stream().findFirst().orElse(null);
        if (cluster == null) {
            violations.add("no CloudNativePG Cluster");
            return violations;
        }
        for (String service : Repo.SERVICES) {
            Optional<K8sObject> deployment = manifests.find("Deployment", service);
            if (deployment.isEmpty()) {
                violations.add("no Deployment " + service);
                continue;
            }
            String role = service.replace('-', '_');
            String dbSecret = "refunds-db-" + service;
            expectSecretRef(deployment.get(), "KAFKA_SASL_JAAS_CONFIG", service, violations);
            expectSecretRef(deployment.get(), "DB_USER", dbSecret, violations);
            expectSecretRef(deployment.get(), "DB_PASSWORD", dbSecret, violations);
            boolean managed = false;
            for (JsonNode managedRole : cluster.spec().path("managed").path("roles")) {
                managed |= managedRole.path("name").asText().equals(role)
                        && managedRole.path("passwordSecret").path("name").asText().equals(dbSecret);
            }
            if (!managed) {
                violations.add(cluster + ": no managed role " + role + " with passwordSecret " + dbSecret);
            }
            boolean database = manifests.ofKind("Database").stream().anyMatch(db -> db.spec().path("name").asText().equals(role)
                    && db.spec().path("owner").asText().equals(role)
                    && db.spec().path("cluster").path("name").asText().equals(cluster.name()));
            if (!database) {
                violations.add("no Database " + role + " owned by " + role + " in " + cluster);
            }
        }
        return violations;
    }

    private static void expectSecretRef(K8sObject deployment, String variable, String secret, List<String> violations) {
        for (JsonNode container : deployment.spec().path("template").path("spec").path("containers")) {
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals(variable)) {
                    String actual = env.path("valueFrom").path("secretKeyRef").path("name").asText("");
                    if (!actual.equals(secret)) {
                        violations.add(deployment + ": " + variable + " must come from Secret " + secret
                                + ", comes from '" + actual + "'");
                    }
                    return;
                }
            }
        }
        violations.add(deployment + ": no env " + variable);
    }
}
