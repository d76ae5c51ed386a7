package io.refunds.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document lists exactly the events of {@link EventType}, and who sends and receives each. */
class AsyncApiTest {

    private static final AsyncApiDocument DOC = AsyncApiDocument.load();
    private static final Path REPOSITORY = Path.of("..", "..");

    @Test
    void channelsAreExactlyTheEventTopics() {
        Set<String> topics = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(topics), new TreeSet<>(DOC.channels().values()));
        assertEquals(EventType.values().length, DOC.channels().size(), "one channel per topic");
    }

    @Test
    void messagesAreExactlyTheEventTypes() {
        Set<String> names = Arrays.stream(EventType.values()).map(type -> type.payloadType().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names, DOC.messageNames());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachEventHasItsChannelCeTypeAndSchema(EventType type) {
        String name = type.payloadType().getSimpleName();
        String channel = DOC.channels().entrySet().stream().filter(entry -> entry.getValue().equals(type.topic()))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        assertEquals("#/components/messages/" + name,
                DOC.channel(channel).path("messages").path(name).path("$ref").asText(), "channel carries " + name);
        JsonNode message = DOC.message(name);
        assertEquals(type.ceType(), message.path("x-ce-type").asText());
        assertEquals("./schemas/" + type.ceType() + ".json", message.path("payload").path("$ref").asText());
        assertNotNull(AsyncApiTest.class.getResource(type.schemaResource()), type.schemaResource());
    }

    /** Each service's incoming topics (each channel's {@code topic} or {@code topics}) are its receive operations. */
    @ParameterizedTest
    @ValueSource(strings = {"order", "messaging", "dispute", "refund"})
    void receiveOperationsMatchWhatEachServiceConsumes(String service) throws IOException {
        Properties config = new Properties();
        try (var in = Files.newInputStream(serviceDir(service).resolve("src/main/resources/application.properties"))) {
            config.load(in);
        }
        Set<String> consumed = config.stringPropertyNames().stream()
                .filter(key -> key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?"))
                .flatMap(key -> Arrays.stream(config.getProperty(key).split(",")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(consumed, DOC.topics(service + "Receives", "receive"));
    }

    /** The events whose records a service's code creates are the document's send operations for it. */
    @ParameterizedTest
    @ValueSource(strings = {"order", "messaging", "dispute", "refund"})
    void sendOperationsMatchWhatEachServicePublishes(String service) throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(serviceDir(service).resolve("src/main/java"))) {
            code = files.filter(file -> file.toString().endsWith(".java")).map(AsyncApiTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> published = Arrays.stream(EventType.values())
                .filter(type -> Pattern.compile("new " + type.payloadType().getSimpleName() + "\\(").matcher(code).find())
                .map(EventType::topic).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!published.isEmpty(), service + " publishes something");
        assertEquals(published, DOC.topics(service + "Sends", "send"));
    }

    private static Path serviceDir(String service) {
        return REPOSITORY.resolve(service + "-service");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
