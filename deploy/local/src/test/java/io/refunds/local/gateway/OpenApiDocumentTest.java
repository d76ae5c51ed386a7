package io.refunds.local.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml is the merge of the OpenAPI documents the four services' builds wrote (target/openapi, the same
 * document each serves at /q/openapi): when it is stale, this test says so and how to refresh it.
 */
class OpenApiDocumentTest {

    static final Path ROOT = Path.of(System.getProperty("refunds.repository.root", "../..")).toAbsolutePath().normalize();
    static final Path COMMITTED = ROOT.resolve("docs/openapi.yaml");
    static final Path FRESH = ROOT.resolve("deploy/local/target/openapi.yaml");
    private static final String[] SERVICES = {"order-service", "messaging-service", "dispute-service", "refund-service"};

    @Test
    void docsOpenapiYamlIsTheMergeOfTheServicesDocuments() throws IOException {
        JsonNode merged = OpenApiMerge.merge(builtDocuments(), Routes.PLATFORM);
        Files.createDirectories(FRESH.getParent());
        Files.writeString(FRESH, OpenApiMerge.yaml(merged));
        JsonNode committed = Files.exists(COMMITTED) ? OpenApiMerge.YAML.readTree(COMMITTED.toFile()) : null;
        assertTrue(merged.equals(committed), "docs/openapi.yaml is stale: it is not the merge of the services' "
                + "OpenAPI documents as built now. The fresh one is in deploy/local/target/openapi.yaml (this test "
                + "writes it once the services are built, as ./mvnw verify does); take it with\n"
                + "    cp deploy/local/target/openapi.yaml docs/openapi.yaml");
    }

    @Test
    void everyOperationHasAnIdAndTheWholeApiIsThere() throws IOException {
        JsonNode merged = OpenApiMerge.merge(builtDocuments(), Routes.PLATFORM);
        for (String prefix : new String[] {"/api/orders", "/api/cases", "/api/evidence", "/api/returns",
            "/api/replacements", "/api/parcels", "/api/conversations", "/api/disputes", "/api/refunds", "/api/wallets"}) {
            assertTrue(iterable(merged.path("paths").fieldNames()).stream().anyMatch(path -> path.startsWith(prefix)),
                    prefix);
        }
        merged.path("paths").forEach(item -> item.forEach(operation -> assertTrue(
                operation.path("operationId").isTextual(), operation.toString())));
    }

    /** What each service's build wrote with quarkus.smallrye-openapi.store-schema-directory (libs/platform). */
    static Map<String, JsonNode> builtDocuments() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path document = ROOT.resolve(service).resolve("target/openapi/openapi.json");
            assertTrue(Files.exists(document), document + " is missing: build the services first "
                    + "(./mvnw package -DskipTests)");
            documents.put(service, OpenApiMerge.JSON.readTree(document.toFile()));
        }
        return documents;
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> names) {
        java.util.List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
