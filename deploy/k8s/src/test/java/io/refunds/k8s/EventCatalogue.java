package io.refunds.k8s;

import io.refunds.events.EventType;
import io.refunds.events.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the code says about Kafka, read from the code itself so the manifests cannot drift from it: the topics of
 * every event type (libs/events), which service emits which event (it constructs the event record in its main
 * sources, to hand it to its outbox), and what each service consumes and dead-letters (application.properties).
 */
final class EventCatalogue {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topics?");
    /** SmallRye's dead-letter topic when a channel names none. */
    private static final String CONNECTOR_DEFAULT_DLQ_PREFIX = "dead-letter-topic-";

    private EventCatalogue() {
    }

    /** Every event topic and its dead-letter topic. */
    static Set<String> allTopics() {
        return Arrays.stream(EventType.values())
                .flatMap(type -> Stream.of(type.topic(), type.deadLetterTopic()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topics of the events a service constructs in its main sources. */
    static Set<String> emittedBy(String service) {
        String sources = mainSources(service);
        return Arrays.stream(EventType.values())
                .filter(type -> sources.contains("new " + type.payloadType().getSimpleName() + "("))
                .map(EventType::topic)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> consumedBy(String service) {
        return incoming(service).values().stream().flatMap(List::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The dead-letter topics the service's consumers write to: the channel's own, or SmallRye's default; a channel
     * that reads a {@code topics} list (dispute-service's dashboard) names each record's own topic's dead-letter
     * topic when it gives the record up.
     */
    static Set<String> deadLetteredBy(String service) {
        Properties properties = properties(service);
        return incoming(service).entrySet().stream()
                .flatMap(channel -> properties.containsKey("mp.messaging.incoming." + channel.getKey() + ".topics")
                        ? channel.getValue().stream().map(Topics::deadLetterTopicOf)
                        : Stream.of(properties.getProperty("mp.messaging.incoming." + channel.getKey()
                                + ".dead-letter-queue.topic", CONNECTOR_DEFAULT_DLQ_PREFIX + channel.getKey())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Consumer group ids, each expected to start with the service name. */
    static Set<String> groupsOf(String service) {
        Properties properties = properties(service);
        return incoming(service).keySet().stream()
                .map(channel -> properties.getProperty("mp.messaging.incoming." + channel + ".group.id", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Channel → the topics it reads. */
    private static Map<String, List<String>> incoming(String service) {
        Map<String, List<String>> channels = new LinkedHashMap<>();
        Properties properties = properties(service);
        properties.stringPropertyNames().stream().sorted().forEach(name -> {
            Matcher matcher = INCOMING_TOPIC.matcher(name);
            if (matcher.matches()) {
                channels.put(matcher.group(1), List.of(properties.getProperty(name).split(",")));
            }
        });
        return channels;
    }

    private static Properties properties(String service) {
        Path file = Repo.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return properties;
    }

    private static String mainSources(String service) {
        Path dir = Repo.ROOT.resolve(service).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dir, e);
        }
    }
}
