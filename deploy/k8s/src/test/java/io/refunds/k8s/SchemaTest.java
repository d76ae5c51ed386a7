package io.refunds.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered object is valid against its schema, offline: core kinds against the Kubernetes models, custom
 * resources against the operators' CRDs. The negative tests prove each validator rejects what the API server would.
 */
class SchemaTest {

    static List<Path> overlays() {
        return Repo.overlayDirs();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectMatchesItsSchema(Path overlay) {
        assertEquals(List.of(), Validation.violations(Manifests.render(overlay)));
    }

    @Test
    void theIngressVariantMatchesItsSchemas() {
        assertEquals(List.of(), Validation.violations(IngressVariant.render()));
    }

    @Test
    void theCrdsOfAllThreeOperatorsAreLoaded() {
        assertTrue(CrdSchemas.load().size() >= 11, "CRD versions loaded: " + CrdSchemas.load().size());
    }

    @Test
    void aMisspelledContainerFieldIsRejected() {
        K8sObject deployment = object("Deployment", "order-service");
        container(deployment).put("imagePullPolice", "Always");
        assertRejected(deployment, "imagePullPolice");
    }

    @Test
    void aFieldAtTheWrongLevelIsRejected() {
        K8sObject deployment = object("Deployment", "order-service");
        ((ObjectNode) deployment.spec()).put("replica", 2);
        assertRejected(deployment, "replica");
    }

    @Test
    void aStringWhereTheApiWantsANumberIsRejected() {
        K8sObject service = object("Service", "order-service");
        ((ObjectNode) service.spec().path("ports").get(0)).put("port", "eighty");
        assertRejected(service, "port");
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        K8sObject deployment = object("Deployment", "order-service");
        ((ObjectNode) deployment.spec()).remove("selector");
        assertRejected(deployment, "selector");
    }

    @Test
    void aKafkaTopicWithAnUnknownFieldIsRejectedByTheStrimziCrd() {
        K8sObject topic = object("KafkaTopic", "refunds.issue-reported");
        ((ObjectNode) topic.spec()).put("partition", 6);
        assertRejected(topic, "partition");
    }

    @Test
    void aKafkaUserAclWithAnUnknownOperationIsRejected() {
        K8sObject user = object("KafkaUser", "order-service");
        ((ArrayNode) user.spec().path("authorization").path("acls").get(0).path("operations")).add("Publish");
        assertRejected(user, "operations/2: does not have a value in the enumeration");
    }

    @Test
    void aClusterWithoutInstancesIsRejectedByTheCloudNativePgCrd() {
        K8sObject cluster = object("Cluster", "refunds-db");
        ((ObjectNode) cluster.spec()).remove("instances");
        assertRejected(cluster, "instances");
    }

    @Test
    void anHttpRouteWithAnUnknownPathMatchTypeIsRejectedByTheGatewayApiCrd() {
        K8sObject route = object("HTTPRoute", "order-service");
        ((ObjectNode) route.spec().path("rules").get(0).path("matches").get(0).path("path")).put("type", "Prefix");
        assertRejected(route, "Prefix");
    }

    @Test
    void aKindWithNoSchemaIsRejected() {
        K8sObject unknown = object("Service", "order-service");
        unknown.node().put("apiVersion", "example.com/v1");
        assertRejected(unknown, "no schema");
    }

    private static K8sObject object(String kind, String name) {
        return Manifests.render(Repo.overlays().resolve("prod")).find(kind, name).orElseThrow().copy();
    }

    private static ObjectNode container(K8sObject deployment) {
        return (ObjectNode) deployment.spec().path("template").path("spec").path("containers").get(0);
    }

    private static void assertRejected(K8sObject broken, String expected) {
        List<String> violations = Validation.violations(new Manifests("broken", List.of(broken)));
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation naming '" + expected + "', got " + violations);
    }
}
