package io.refunds.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The local gateway routes exactly what deploy/k8s's HTTPRoutes route, so the two can never drift apart. */
class GatewayRoutesTest {

    static final Path HTTP_ROUTES = Path.of(System.getProperty("refunds.repository.root", "../.."))
            .resolve("deploy/k8s/components/gateway-api/httproutes.yaml");

    @Test
    void theRouteTableIsTheHttpRoutesOfDeployK8s() throws IOException {
        assertEquals(Set.copyOf(httpRoutes()), Set.copyOf(Routes.PLATFORM.routes()));
        assertEquals(httpRoutes().size(), Routes.PLATFORM.routes().size(), "no prefix twice");
    }

    @Test
    void noRouteReachesTheServicesOwnEndpoints() {
        assertTrue(Routes.PLATFORM.find("/q/health").isEmpty());
        assertTrue(Routes.PLATFORM.find("/q/openapi").isEmpty());
        assertTrue(Routes.PLATFORM.find("/q/metrics").isEmpty());
        assertTrue(Routes.PLATFORM.find("/").isEmpty());
    }

    @Test
    void aPrefixMatchesWholePathElementsAsGatewayApiPathPrefixDoes() {
        assertEquals("order-service", Routes.PLATFORM.find("/api/cases").orElseThrow().service());
        assertEquals("order-service", Routes.PLATFORM.find("/api/cases/").orElseThrow().service());
        assertEquals("order-service", Routes.PLATFORM.find("/api/cases/c-1/evidence").orElseThrow().service());
        assertEquals("dispute-service", Routes.PLATFORM.find("/dashboard/js/app.js").orElseThrow().service());
        assertTrue(Routes.PLATFORM.find("/api/casesx").isEmpty());
        assertTrue(Routes.PLATFORM.find("/api").isEmpty());
    }

    @Test
    void aPathThatCouldBeReadAsAnotherIsNeverRouted() {
        for (String path : List.of("/api/cases/../../q/health", "/api/cases/./x", "/api/cases/..", "/api/cases/%2e%2e/q",
                "/api/cases/%2E%2E/q", "/api/cases%2f..%2fq", "/api/cases//x", "/api/cases/x;jsessionid=1",
                "/api/cases\\..\\q")) {
            assertTrue(Routes.PLATFORM.find(path).isEmpty(), path);
        }
    }

    /** (prefix, backend Service) of every PathPrefix match of every HTTPRoute rule. */
    private static List<Route> httpRoutes() throws IOException {
        List<Route> routes = new java.util.ArrayList<>();
        try (MappingIterator<JsonNode> documents = OpenApiMerge.YAML.readerFor(JsonNode.class)
                .readValues(HTTP_ROUTES.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (!"HTTPRoute".equals(document.path("kind").asText())) {
                    continue;
                }
                for (JsonNode rule : document.path("spec").path("rules")) {
                    Set<String> backends = new HashSet<>();
                    rule.path("backendRefs").forEach(backend -> backends.add(backend.path("name").asText()));
                    assertEquals(1, backends.size(), "one backend per rule: " + rule);
                    for (JsonNode match : rule.path("matches")) {
                        assertEquals("PathPrefix", match.path("path").path("type").asText(), match.toString());
                        routes.add(new Route(match.path("path").path("value").asText(), backends.iterator().next()));
                    }
                }
            }
        }
        return routes;
    }
}
