package io.refunds.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered object of a core kind is valid against its schema, offline: read strictly into the fabric8 models
 * (unknown fields, types) and checked against the official client's models (required fields). The negative tests
 * prove each check rejects what the API server would. Custom resources: {@link CrdSchemaTest}.
 */
class CoreSchemaTest {

    @BeforeAll
    static void needsKubectl() {
        Kubectl.require();
    }

    static List<Path> overlays() {
        return Repo.overlayDirs();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyCoreObjectMatchesItsSchema(Path overlay) {
        assertEquals(List.of(), Validation.coreViolations(Manifests.render(overlay)));
    }

    @Test
    void theIngressVariantMatchesItsSchemas() {
        assertEquals(List.of(), Validation.coreViolations(IngressVariant.render()));
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
        assertRejected(deployment, "required field `selector`");
    }

    @Test
    void aMissingRequiredFieldDeepInsideIsRejected() {
        K8sObject deployment = object("Deployment", "order-service");
        container(deployment).remove("name");
        assertRejected(deployment, "required field `name`");
    }

    @Test
    void aKindWithNoSchemaIsRejected() {
        K8sObject unknown = object("Service", "order-service");
        unknown.node().put("apiVersion", "example.com/v1");
        assertRejected(unknown, "no schema");
    }

    static K8sObject object(String kind, String name) {
        return Manifests.render(Repo.overlays().resolve("prod")).find(kind, name).orElseThrow().copy();
    }

    private static ObjectNode container(K8sObject deployment) {
        return (ObjectNode) deployment.spec().path("template").path("spec").path("containers").get(0);
    }

    private static void assertRejected(K8sObject broken, String expected) {
        List<String> violations = Validation.coreViolations(new Manifests("broken", List.of(broken)));
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation naming '" + expected + "', got " + violations);
    }
}
