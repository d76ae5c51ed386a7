package io.refunds.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is valid against the official AsyncAPI 3.0.0 JSON Schema (src/test/resources/asyncapi, see its
 * NOTICE), and every reference in it resolves: pointers within the document, and the event schemas beside it.
 */
class AsyncApiSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema ASYNCAPI_3 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(read(JSON, "/asyncapi/asyncapi-3.0.0.schema.json"));

    @Test
    void theDocumentIsValidAgainstTheAsyncApiSchema() {
        assertEquals(List.of(), violations(AsyncApiDocument.load().root()));
    }

    @Test
    void theSchemaRefusesABrokenDocument() {
        ObjectNode broken = AsyncApiDocument.load().root().deepCopy();
        ((ObjectNode) broken.path("operations").elements().next()).put("action", "publish");
        List<String> violations = violations(broken);
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("action")), violations.toString());
    }

    @Test
    void theSchemaRefusesAnUnknownFieldOfAChannel() {
        ObjectNode broken = AsyncApiDocument.load().root().deepCopy();
        ((ObjectNode) broken.path("channels").elements().next()).put("topic", "refunds.elsewhere");
        assertFalse(violations(broken).isEmpty());
    }

    @Test
    void everyReferenceResolves() {
        JsonNode root = AsyncApiDocument.load().root();
        List<String> references = new ArrayList<>();
        collectReferences(root, references);
        assertTrue(references.size() > 100, "references found: " + references.size());
        List<String> dangling = references.stream().filter(reference -> !resolves(root, reference)).toList();
        assertEquals(List.of(), dangling);
    }

    @Test
    void aDanglingReferenceIsFound() {
        JsonNode root = AsyncApiDocument.load().root();
        assertFalse(resolves(root, "#/channels/noSuchChannel"));
        assertFalse(resolves(root, "./schemas/refunds.NoSuchEvent.v1.json"));
        assertTrue(resolves(root, "#/components/messages/IssueReported"));
    }

    private static List<String> violations(JsonNode document) {
        return ASYNCAPI_3.validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            references.add(node.path("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectReferences(child, references));
    }

    /** A pointer into the document, or a file beside it (the event schemas) that parses as a JSON Schema object. */
    private static boolean resolves(JsonNode root, String reference) {
        if (reference.startsWith("#")) {
            return !root.at(reference.substring(1)).isMissingNode();
        }
        String file = reference.replaceFirst("^\\./", "/").replaceFirst("#.*$", "");
        if (AsyncApiSchemaTest.class.getResource(file) == null) {
            return false;
        }
        JsonNode schema = read(JSON, file);
        return schema.isObject() && schema.path("$schema").isTextual();
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = AsyncApiSchemaTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
