package io.refunds.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The house rules hold in every overlay, and each checker catches the mistake it is there for. */
class RulesTest {

    @BeforeAll
    static void needsKubectl() {
        Kubectl.require();
    }

    static List<Path> overlays() {
        return Repo.overlayDirs();
    }

    static List<String> all(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        violations.addAll(WorkloadRules.violations(manifests));
        violations.addAll(KafkaRules.violations(manifests));
        violations.addAll(RoutingRules.violations(manifests));
        violations.addAll(WiringRules.violations(manifests));
        violations.addAll(NetworkRules.violations(manifests));
        return violations;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRuleHolds(Path overlay) {
        assertEquals(List.of(), all(Manifests.render(overlay)));
    }

    @Test
    void everyRuleHoldsWithTheIngressAlternative() {
        assertEquals(List.of(), all(IngressVariant.render()));
    }

    @Test
    void theCodeFactsAreRead() {
        assertTrue(EventCatalogue.emittedBy("order-service").contains("refunds.issue-reported"));
        assertTrue(EventCatalogue.emittedBy("dispute-service").contains("refunds.decision-made"));
        assertTrue(EventCatalogue.consumedBy("refund-service").contains("refunds.decision-made"));
        assertTrue(EventCatalogue.deadLetteredBy("refund-service").contains("refunds.decision-made.dlq"));
        assertEquals(2 * io.refunds.events.EventType.values().length, EventCatalogue.allTopics().size());
    }

    @Test
    void aMissingProbeIsCaught() {
        assertCaught(WorkloadRules::violations, prod -> container(prod, "order-service").remove("readinessProbe"),
                "readinessProbe");
    }

    @Test
    void aMissingLimitIsCaught() {
        assertCaught(WorkloadRules::violations,
                prod -> ((ObjectNode) container(prod, "refund-service").path("resources")).remove("limits"),
                "resources.limits.memory");
    }

    @Test
    void aWritableRootFilesystemIsCaught() {
        assertCaught(WorkloadRules::violations,
                prod -> ((ObjectNode) container(prod, "dispute-service").path("securityContext"))
                        .put("readOnlyRootFilesystem", false),
                "readOnlyRootFilesystem");
    }

    @Test
    void rootIsCaught() {
        assertCaught(WorkloadRules::violations, prod -> {
            ((ObjectNode) container(prod, "dispute-service").path("securityContext")).remove("runAsNonRoot");
            ((ObjectNode) pod(prod, "dispute-service").path("securityContext")).put("runAsNonRoot", false);
        }, "runAsNonRoot");
    }

    @Test
    void theLatestTagIsCaught() {
        assertCaught(WorkloadRules::violations,
                prod -> container(prod, "messaging-service").put("image", "refunds/messaging-service:latest"), "latest");
    }

    @Test
    void anUntaggedImageIsCaught() {
        assertCaught(WorkloadRules::violations,
                prod -> container(prod, "messaging-service").put("image", "registry:5000/refunds/messaging-service"),
                "has no tag");
    }

    @Test
    void aLiteralPasswordIsCaught() {
        assertCaught(WorkloadRules::violations, prod -> {
            ObjectNode env = ((ArrayNode) container(prod, "order-service").path("env")).addObject();
            env.put("name", "DB_PASSWORD").put("value", "hunter2");
        }, "DB_PASSWORD is a literal");
    }

    @Test
    void aSecretWithValuesIsCaught() {
        Manifests prod = prod();
        K8sObject secret = new K8sObject(Manifests.YAML.createObjectNode());
        secret.node().put("apiVersion", "v1").put("kind", "Secret").putObject("metadata").put("name", "refunds-db-order-service");
        secret.node().putObject("stringData").put("password", "hunter2");
        assertContains(WorkloadRules.violations(prod.with(secret)), "carries values in stringData");
    }

    @Test
    void aTopicWithoutKafkaTopicIsCaught() {
        assertContains(KafkaRules.violations(prod().without("KafkaTopic", "refunds.refund-issued.dlq")),
                "no KafkaTopic for refunds.refund-issued.dlq");
    }

    @Test
    void aServiceAllowedToWriteAnotherServicesTopicIsCaught() {
        assertCaught(KafkaRules::violations, prod -> {
            ObjectNode acl = ((ArrayNode) acls(prod, "refund-service")).addObject();
            acl.putObject("resource").put("type", "topic").put("name", "refunds.decision-made").put("patternType", "literal");
            acl.putArray("operations").add("Write");
        }, "Write on topics the service does not need: [refunds.decision-made]");
    }

    @Test
    void aServiceThatCannotWriteItsOwnEventsIsCaught() {
        assertCaught(KafkaRules::violations, prod -> ((ArrayNode) acls(prod, "order-service")).remove(0),
                "Write on topics missing: [refunds.issue-reported]");
    }

    @Test
    void aWildcardGrantIsCaught() {
        assertCaught(KafkaRules::violations, prod -> {
            ObjectNode acl = ((ArrayNode) acls(prod, "messaging-service")).addObject();
            acl.putObject("resource").put("type", "topic").put("name", "refunds.").put("patternType", "prefix");
            acl.putArray("operations").add("All");
        }, "the service does not need: [refunds.*]");
    }

    @Test
    void aRouteToAMissingServiceIsCaught() {
        assertCaught(RoutingRules::violations,
                prod -> ((ObjectNode) route(prod, "refund-service").path("backendRefs").get(0)).put("name", "refunds"),
                "backend Service refunds does not exist");
    }

    @Test
    void aRouteToAMissingPortIsCaught() {
        assertCaught(RoutingRules::violations,
                prod -> ((ObjectNode) route(prod, "refund-service").path("backendRefs").get(0)).put("port", 80),
                "has no port 80");
    }

    @Test
    void anIngressToAMissingPortIsCaught() {
        Manifests variant = IngressVariant.render().copy();
        ObjectNode port = (ObjectNode) variant.ofKind("Ingress").get(0).spec().path("rules").get(0).path("http")
                .path("paths").get(0).path("backend").path("service").path("port");
        port.put("name", "https");
        assertContains(RoutingRules.violations(variant), "has no port https");
    }

    @Test
    void aServiceSelectingNothingIsCaught() {
        assertCaught(RoutingRules::violations,
                prod -> ((ObjectNode) prod.find("Service", "order-service").orElseThrow().spec().path("selector"))
                        .put("app.kubernetes.io/name", "orders"),
                "Service/order-service: selects no Deployment");
    }

    @Test
    void anotherServicesKafkaCredentialsAreCaught() {
        assertCaught(WiringRules::violations, prod -> {
            for (JsonNode env : container(prod, "refund-service").path("env")) {
                if (env.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    ((ObjectNode) env.path("valueFrom").path("secretKeyRef")).put("name", "dispute-service");
                }
            }
        }, "KAFKA_SASL_JAAS_CONFIG must come from Secret refund-service");
    }

    @Test
    void anHttpPortOpenToAnyPodIsCaught() {
        assertCaught(NetworkRules::violations, prod -> {
            ObjectNode peer = ((ArrayNode) policy(prod, "order-service").path("ingress").get(0).path("from")).addObject();
            peer.putObject("podSelector");
        }, "only the gateway's namespace may reach the service");
    }

    @Test
    void onlyTheOutsideApiClientsReachTheInternetAndOnlyOverHttpsToPublicAddresses() {
        assertCaught(NetworkRules::violations, prod -> {
            ObjectNode rule = ((ArrayNode) policy(prod, "order-service").path("egress")).addObject();
            ObjectNode block = rule.putArray("to").addObject().putObject("ipBlock").put("cidr", "0.0.0.0/0");
            block.putArray("except").add("10.0.0.0/8").add("172.16.0.0/12").add("192.168.0.0/16");
            rule.putArray("ports").addObject().put("port", 443).put("protocol", "TCP");
        }, "only DNS, Kafka and PostgreSQL");
        assertCaught(NetworkRules::violations, prod -> {
            ObjectNode rule = ((ArrayNode) policy(prod, "refund-service").path("egress")).addObject();
            rule.putArray("to").addObject().putObject("ipBlock").put("cidr", "0.0.0.0/0");
            rule.putArray("ports").addObject().put("port", 443).put("protocol", "TCP");
        }, "only DNS, Kafka and PostgreSQL");
    }

    @Test
    void egressToTheInternetIsCaught() {
        assertCaught(NetworkRules::violations, prod -> {
            ObjectNode rule = ((ArrayNode) policy(prod, "refund-service").path("egress")).addObject();
            rule.putArray("to").addObject().putObject("ipBlock").put("cidr", "0.0.0.0/0");
        }, "only DNS, Kafka and PostgreSQL");
    }

    @Test
    void aServiceWithoutNetworkPolicyIsCaught() {
        assertContains(NetworkRules.violations(prod().without("NetworkPolicy", "messaging-service")),
                "Deployment/messaging-service: no NetworkPolicy selects its pods");
    }

    @Test
    void aMissingDatabaseIsCaught() {
        assertContains(WiringRules.violations(prod().without("Database", "refunds-db-messaging")),
                "no Database messaging_service");
    }

    private static Manifests prod() {
        return Manifests.render(Repo.overlays().resolve("prod")).copy();
    }

    private static void assertCaught(Function<Manifests, List<String>> rule,
            java.util.function.Consumer<Manifests> breakIt, String expected) {
        Manifests prod = prod();
        assertEquals(List.of(), rule.apply(prod), "the unbroken rendering must pass first");
        breakIt.accept(prod);
        assertContains(rule.apply(prod), expected);
    }

    private static void assertContains(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation containing '" + expected + "', got " + violations);
    }

    private static ObjectNode pod(Manifests manifests, String service) {
        return (ObjectNode) manifests.find("Deployment", service).orElseThrow().spec().path("template").path("spec");
    }

    private static ObjectNode container(Manifests manifests, String service) {
        return (ObjectNode) pod(manifests, service).path("containers").get(0);
    }

    private static JsonNode acls(Manifests manifests, String service) {
        return manifests.find("KafkaUser", service).orElseThrow().spec().path("authorization").path("acls");
    }

    private static JsonNode policy(Manifests manifests, String service) {
        return manifests.find("NetworkPolicy", service).orElseThrow().spec();
    }

    private static JsonNode route(Manifests manifests, String service) {
        return manifests.find("HTTPRoute", service).orElseThrow().spec().path("rules").get(0);
    }
}
