package io.refunds.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay renders with kustomize into the objects ops expect. */
class RenderTest {

    @BeforeAll
    static void needsKubectl() {
        Kubectl.require();
    }

    static List<Path> overlays() {
        return Repo.overlayDirs();
    }

    @Test
    void theOverlaysIncludeDevAndProd() {
        assertTrue(overlays().stream().map(dir -> dir.getFileName().toString()).toList().containsAll(List.of("dev", "prod")));
    }

    @Test
    void theKubectlUsedIsThePinnedOne() {
        assertTrue(Kubectl.version().contains("Kustomize Version: v5"), Kubectl.version());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayRendersEveryKindOfObject(Path overlay) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> kinds = manifests.objects().stream().map(K8sObject::kind).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(kinds.containsAll(Set.of("Namespace", "Deployment", "Service", "ServiceAccount", "ConfigMap",
                "NetworkPolicy", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database", "Gateway",
                "HTTPRoute")), kinds.toString());
        assertEquals(4, manifests.ofKind("Deployment").size());
        manifests.objects().stream().filter(object -> !object.is("Namespace"))
                .forEach(object -> assertEquals("refunds", object.node().path("metadata").path("namespace").asText(),
                        object + " is outside the namespace"));
    }

    @Test
    void prodAddsAutoscalingAndDisruptionBudgetsAndLeavesReplicasToTheAutoscaler() {
        Manifests prod = Manifests.render(Repo.overlays().resolve("prod"));
        assertEquals(4, prod.ofKind("HorizontalPodAutoscaler").size());
        assertEquals(4, prod.ofKind("PodDisruptionBudget").size());
        prod.ofKind("Deployment").forEach(deployment -> assertFalse(deployment.spec().has("replicas"), deployment.toString()));
        assertEquals(3, prod.ofKind("KafkaNodePool").get(0).spec().path("replicas").asInt());
    }

    @Test
    void devIsOneOfEverything() {
        Manifests dev = Manifests.render(Repo.overlays().resolve("dev"));
        assertTrue(dev.ofKind("HorizontalPodAutoscaler").isEmpty());
        dev.ofKind("Deployment").forEach(deployment -> assertEquals(1, deployment.spec().path("replicas").asInt()));
        assertEquals(1, dev.ofKind("KafkaNodePool").get(0).spec().path("replicas").asInt());
        assertEquals(1, dev.ofKind("Cluster").get(0).spec().path("instances").asInt());
        dev.ofKind("KafkaTopic").forEach(topic -> assertEquals(1, topic.spec().path("replicas").asInt()));
    }

    @Test
    void theIngressComponentRendersAsTheAlternativeToTheGatewayApi() {
        Manifests variant = IngressVariant.render();
        assertEquals(1, variant.ofKind("Ingress").size());
    }
}
