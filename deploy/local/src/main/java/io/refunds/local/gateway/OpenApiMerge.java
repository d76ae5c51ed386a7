package io.refunds.local.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenAPI document for the whole API: the services' documents merged (paths, and components that are the same
 * wherever they appear), every operation with an {@code operationId} unique across the platform. What the gateway serves
 * at {@code /api/openapi.json} and what docs/openapi.yaml keeps; a conflict or a missing id is refused, never papered
 * over.
 */
public final class OpenApiMerge {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private OpenApiMerge() {
    }

    /** The merged document of {@code documents} (service name → its OpenAPI document), routed as {@code routes}. */
    public static ObjectNode merge(Map<String, JsonNode> documents, Routes routes) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", sameEverywhere(documents, "openapi"));
        merged.set("info", info(routes));
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        Map<String, String> owners = new HashMap<>();
        Map<String, String> operationIds = new HashMap<>();
        documents.forEach((service, document) -> {
            document.path("paths").fields().forEachRemaining(path -> {
                if (paths.putIfAbsent(path.getKey(), path.getValue()) != null) {
                    throw new IllegalStateException(path.getKey() + " is served by " + owners.get("path " + path.getKey())
                            + " and " + service);
                }
                owners.put("path " + path.getKey(), service);
                checkOperationIds(service, path.getKey(), path.getValue(), operationIds);
            });
            document.path("components").fields().forEachRemaining(section -> section.getValue().fields()
                    .forEachRemaining(component -> addComponent(components, owners, service, section.getKey(),
                            component.getKey(), component.getValue())));
        });
        ObjectNode pathsNode = merged.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = merged.putObject("components");
        components.forEach((section, entries) -> {
            ObjectNode sectionNode = componentsNode.putObject(section);
            entries.forEach(sectionNode::set);
        });
        return merged;
    }

    public static String yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode info(Routes routes) {
        ObjectNode info = JSON.createObjectNode();
        info.put("title", "Refunds platform API");
        info.put("version", "1");
        Map<String, List<String>> prefixes = new java.util.LinkedHashMap<>();
        routes.routes().stream().filter(route -> route.prefix().startsWith("/api/"))
                .forEach(route -> prefixes.computeIfAbsent(route.service(), key -> new ArrayList<>()).add(route.prefix()));
        List<String> parts = new ArrayList<>();
        prefixes.forEach((service, paths) -> parts.add(String.join(", ", paths) + " (" + service + ")"));
        info.put("description", "Every service of the refunds platform behind one origin, the API gateway (the local "
                + "run's :8080, the Gateway API HTTPRoutes in Kubernetes): " + String.join("; ", parts) + ". Errors "
                + "are application/problem+json (RFC 9457). Merged from each service's /q/openapi (OpenApiMerge); "
                + "regenerate docs/openapi.yaml, never edit it.");
        return info;
    }

    private static void checkOperationIds(String service, String path, JsonNode item, Map<String, String> seen) {
        item.fields().forEachRemaining(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String where = operation.getKey().toUpperCase() + " " + path + " (" + service + ")";
            String id = operation.getValue().path("operationId").asText("");
            if (id.isBlank()) {
                throw new IllegalStateException(where + " has no operationId");
            }
            String earlier = seen.put(id, where);
            if (earlier != null) {
                throw new IllegalStateException("operationId " + id + " of " + where + " is also that of " + earlier);
            }
        });
    }

    private static void addComponent(Map<String, Map<String, JsonNode>> components, Map<String, String> owners,
            String service, String section, String name, JsonNode component) {
        Map<String, JsonNode> entries = components.computeIfAbsent(section, key -> new TreeMap<>());
        JsonNode earlier = entries.putIfAbsent(name, component);
        String key = "components." + section + "." + name;
        if (earlier == null) {
            owners.put(key, service);
        } else if (!earlier.equals(component)) {
            throw new IllegalStateException(key + " differs between " + owners.get(key) + " and " + service
                    + ": give one of them another name");
        }
    }

    private static String sameEverywhere(Map<String, JsonNode> documents, String field) {
        List<String> values = documents.values().stream().map(document -> document.path(field).asText()).distinct()
                .toList();
        if (values.size() != 1) {
            throw new IllegalStateException("the services' documents differ in " + field + ": " + values);
        }
        return values.get(0);
    }
}
