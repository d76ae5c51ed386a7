package io.refunds.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The AsyncAPI document kept beside the schemas, read for the tests. */
record AsyncApiDocument(JsonNode root) {

    static final String RESOURCE = "/asyncapi.yaml";

    static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            return new AsyncApiDocument(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Channel name → address (topic). */
    Map<String, String> channels() {
        Map<String, String> channels = new TreeMap<>();
        root.path("channels").fields().forEachRemaining(c -> channels.put(c.getKey(), c.getValue().path("address").asText()));
        return channels;
    }

    JsonNode channel(String name) {
        return root.path("channels").path(name);
    }

    JsonNode message(String name) {
        return root.path("components").path("messages").path(name);
    }

    Set<String> messageNames() {
        Set<String> names = new TreeSet<>();
        root.path("components").path("messages").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Topics of the operations named {@code <service>Sends…} or {@code <service>Receives…} with that action. */
    Set<String> topics(String servicePrefix, String action) {
        Set<String> topics = new TreeSet<>();
        root.path("operations").fields().forEachRemaining(operation -> {
            JsonNode body = operation.getValue();
            if (operation.getKey().startsWith(servicePrefix) && body.path("action").asText().equals(action)) {
                String ref = body.path("channel").path("$ref").asText();
                topics.add(channels().get(ref.substring(ref.lastIndexOf('/') + 1)));
            }
        });
        return topics;
    }
}
