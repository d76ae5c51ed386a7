package io.refunds.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered custom resource is valid against the {@code openAPIV3Schema} of its operator's CRD (Strimzi,
 * CloudNativePG, Gateway API), read from {@code K8S_CRDS_DIR} or {@code ../shared/k8s-crds}; the negative tests prove
 * the CRDs reject what the API server would.
 */
class CrdSchemaTest {

    @BeforeAll
    static void needsTheCrdsAndKubectl() {
        CrdSchemas.load();
        Kubectl.require();
    }

    static List<Path> overlays() {
        return Repo.overlayDirs();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyCustomResourceMatchesItsCrd(Path overlay) {
        assertEquals(List.of(), Validation.customViolations(Manifests.render(overlay)));
    }

    @Test
    void theIngressVariantMatchesItsCrds() {
        assertEquals(List.of(), Validation.customViolations(IngressVariant.render()));
    }

    @Test
    void theCrdsOfAllThreeOperatorsAreLoaded() {
        assertTrue(CrdSchemas.load().size() >= 11, "CRD versions loaded: " + CrdSchemas.load().size());
    }

    @Test
    void aKafkaTopicWithAnUnknownFieldIsRejectedByTheStrimziCrd() {
        K8sObject topic = CoreSchemaTest.object("KafkaTopic", "refunds.issue-reported");
        ((ObjectNode) topic.spec()).put("partition", 6);
        assertRejected(topic, "partition");
    }

    @Test
    void aKafkaUserAclWithAnUnknownOperationIsRejected() {
        K8sObject user = CoreSchemaTest.object("KafkaUser", "order-service");
        ((ArrayNode) user.spec().path("authorization").path("acls").get(0).path("operations")).add("Publish");
        assertRejected(user, "operations/2: does not have a value in the enumeration");
    }

    @Test
    void aClusterWithoutInstancesIsRejectedByTheCloudNativePgCrd() {
        K8sObject cluster = CoreSchemaTest.object("Cluster", "refunds-db");
        ((ObjectNode) cluster.spec()).remove("instances");
        assertRejected(cluster, "instances");
    }

    @Test
    void anHttpRouteWithAnUnknownPathMatchTypeIsRejectedByTheGatewayApiCrd() {
        K8sObject route = CoreSchemaTest.object("HTTPRoute", "order-service");
        ((ObjectNode) route.spec().path("rules").get(0).path("matches").get(0).path("path")).put("type", "Prefix");
        assertRejected(route, "Prefix");
    }

    @Test
    void aCustomResourceOfAKindNoCrdDefinesIsRejected() {
        K8sObject unknown = CoreSchemaTest.object("KafkaTopic", "refunds.issue-reported");
        unknown.node().put("kind", "KafkaBridgeTopic");
        assertRejected(unknown, "no schema");
    }

    private static void assertRejected(K8sObject broken, String expected) {
        List<String> violations = Validation.customViolations(new Manifests("broken", List.of(broken)));
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation naming '" + expected + "', got " + violations);
    }
}
