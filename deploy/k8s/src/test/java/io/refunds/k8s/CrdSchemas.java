package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code openAPIV3Schema} of every served version of the operators' CRDs (Strimzi, CloudNativePG, Gateway API),
 * made strict as the API server's strict field validation is: an object schema that lists its properties and does
 * not preserve unknown fields rejects any other field.
 */
final class CrdSchemas {

    private static CrdSchemas loaded;
    private final Map<String, Schema> schemas;

    private CrdSchemas(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static synchronized CrdSchemas load() {
        if (loaded == null) {
            loaded = new CrdSchemas(read(Repo.crds()));
        }
        return loaded;
    }

    /** Whether a CRD defines this object's group, version and kind. */
    boolean defines(K8sObject object) {
        return schemas.containsKey(key(object.apiVersion(), object.kind()));
    }

    Optional<List<String>> violations(K8sObject object) {
        Schema schema = schemas.get(key(object.apiVersion(), object.kind()));
        if (schema == null) {
            return Optional.empty();
        }
        return Optional.of(schema.validate(object.node()).stream()
                .map(error -> object + " " + error.getInstanceLocation() + ": " + error.getMessage())
                .toList());
    }

    int size() {
        return schemas.size();
    }

    private static Map<String, Schema> read(Path dir) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        Map<String, Schema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> documents = Manifests.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (documents.hasNext()) {
                        addCrd(documents.next(), registry, schemas);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CRDs in " + dir, e);
        }
        if (schemas.isEmpty()) {
            throw new IllegalStateException("no CustomResourceDefinition in " + dir);
        }
        return schemas;
    }

    private static void addCrd(JsonNode crd, SchemaRegistry registry, Map<String, Schema> schemas) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
            return;
        }
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            JsonNode schema = version.path("schema").path("openAPIV3Schema");
            if (version.path("served").asBoolean() && schema.isObject()) {
                ObjectNode strict = schema.deepCopy();
                closeObjects(strict);
                schemas.put(key(group + "/" + version.path("name").asText(), kind), registry.getSchema(strict));
            }
        }
    }

    /** Adds {@code additionalProperties: false} to object schemas with properties, as strict validation does. */
    static void closeObjects(ObjectNode schema) {
        boolean preserves = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserves) {
            schema.put("additionalProperties", false);
        }
        Iterator<JsonNode> properties = schema.path("properties").elements();
        while (properties.hasNext()) {
            if (properties.next() instanceof ObjectNode property) {
                closeObjects(property);
            }
        }
        if (schema.get("items") instanceof ObjectNode items) {
            closeObjects(items);
        }
        if (schema.get("additionalProperties") instanceof ObjectNode values) {
            closeObjects(values);
        }
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + "|" + kind;
    }
}
