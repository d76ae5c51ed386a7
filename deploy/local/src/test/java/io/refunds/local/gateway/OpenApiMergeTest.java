package io.refunds.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge of the services' OpenAPI documents: everything kept, nothing in conflict papered over. */
class OpenApiMergeTest {

    @Test
    void pathsOfEveryServiceAreKeptAndSharedComponentsOnce() {
        ObjectNode merged = OpenApiMerge.merge(documents(
                document("/api/cases", "CaseResource_list", "Problem", "problem"),
                document("/api/refunds", "RefundResource_list", "Problem", "problem")), Routes.PLATFORM);
        assertEquals(List.of("/api/cases", "/api/refunds"), names(merged.path("paths")));
        assertEquals(List.of("Problem"), names(merged.path("components").path("schemas")));
        assertEquals("3.1.0", merged.path("openapi").asText());
        assertEquals("Refunds platform API", merged.path("info").path("title").asText());
        assertTrue(merged.path("info").path("description").asText().contains("/api/marketplace (messaging-service)"));
    }

    @Test
    void aComponentThatDiffersBetweenServicesIsRefusedNamingBoth() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiMerge.merge(documents(
                document("/api/cases", "CaseResource_list", "Money", "in cents"),
                document("/api/refunds", "RefundResource_list", "Money", "in minor units")), Routes.PLATFORM));
        assertTrue(refused.getMessage().contains("components.schemas.Money differs between order-service and "
                + "messaging-service"), refused.getMessage());
    }

    @Test
    void anOperationWithoutIdIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiMerge.merge(documents(
                document("/api/cases", "", "Problem", "problem")), Routes.PLATFORM));
        assertTrue(refused.getMessage().contains("GET /api/cases (order-service) has no operationId"),
                refused.getMessage());
    }

    @Test
    void anOperationIdTwiceIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiMerge.merge(documents(
                document("/api/cases", "Resource_list", "Problem", "problem"),
                document("/api/refunds", "Resource_list", "Problem", "problem")), Routes.PLATFORM));
        assertTrue(refused.getMessage().contains("operationId Resource_list"), refused.getMessage());
    }

    @Test
    void aPathServedByTwoServicesIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiMerge.merge(documents(
                document("/api/cases", "CaseResource_list", "Problem", "problem"),
                document("/api/cases", "OtherResource_list", "Problem", "problem")), Routes.PLATFORM));
        assertTrue(refused.getMessage().contains("/api/cases is served by order-service and messaging-service"),
                refused.getMessage());
    }

    @Test
    void theYamlReadsBackAsTheSameDocument() throws Exception {
        ObjectNode merged = OpenApiMerge.merge(documents(document("/api/cases", "CaseResource_list", "Problem",
                "yes: no # 1")), Routes.PLATFORM);
        assertEquals(merged, OpenApiMerge.YAML.readTree(OpenApiMerge.yaml(merged)));
    }

    private static Map<String, JsonNode> documents(JsonNode... documents) {
        Map<String, JsonNode> byService = new LinkedHashMap<>();
        List<String> services = List.of("order-service", "messaging-service");
        for (int i = 0; i < documents.length; i++) {
            byService.put(services.get(i), documents[i]);
        }
        return byService;
    }

    private static JsonNode document(String path, String operationId, String schema, String description) {
        ObjectNode document = OpenApiMerge.JSON.createObjectNode().put("openapi", "3.1.0");
        document.putObject("info").put("title", "one service").put("version", "1");
        ObjectNode get = document.putObject("paths").putObject(path).putObject("get");
        if (!operationId.isEmpty()) {
            get.put("operationId", operationId);
        }
        get.putObject("responses").putObject("200").put("description", "OK");
        document.putObject("components").putObject("schemas").putObject(schema).put("description", description);
        return document;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
