package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Kafka as the code needs it: a KafkaTopic for every topic the code knows, uses or dead-letters, and one KafkaUser
 * per service whose ACLs are exactly what the service does: write what it emits and the dead-letter topics of what
 * it consumes, read what it consumes, and its own consumer groups.
 */
final class KafkaRules {

    private KafkaRules() {
    }

    static List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        topics(manifests, violations);
        for (String service : Repo.SERVICES) {
            user(manifests, service, violations);
        }
        return violations;
    }

    static Set<String> declaredTopics(Manifests manifests) {
        return manifests.ofKind("KafkaTopic").stream()
                .map(topic -> topic.spec().path("topicName").asText(topic.name()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void topics(Manifests manifests, List<String> violations) {
        Set<String> needed = new TreeSet<>(EventCatalogue.allTopics());
        for (String service : Repo.SERVICES) {
            needed.addAll(EventCatalogue.consumedBy(service));
            needed.addAll(EventCatalogue.deadLetteredBy(service));
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(declaredTopics(manifests));
        missing.forEach(topic -> violations.add("no KafkaTopic for " + topic));
        for (K8sObject topic : manifests.ofKind("KafkaTopic")) {
            int replicas = topic.spec().path("replicas").asInt();
            int minIsr = topic.spec().path("config").path("min.insync.replicas").asInt(1);
            if (minIsr > replicas) {
                violations.add(topic + ": min.insync.replicas " + minIsr + " > replicas " + replicas
                        + " (every acks=all write would fail)");
            }
        }
    }

    private static void user(Manifests manifests, String service, List<String> violations) {
        K8sObject user = manifests.find("KafkaUser", service).orElse(null);
        if (user == null) {
            violations.add("no KafkaUser " + service);
            return;
        }
        Set<String> expectedWrites = new TreeSet<>(EventCatalogue.emittedBy(service));
        expectedWrites.addAll(EventCatalogue.deadLetteredBy(service));
        compare(user, "Write on topics", expectedWrites, granted(user, "topic", "Write"), violations);
        compare(user, "Read on topics", EventCatalogue.consumedBy(service), granted(user, "topic", "Read"), violations);
        // The service's one consumer group is named after it; further groups (the dashboard's) carry its prefix.
        compare(user, "Read on groups", Set.of(service, service + ".*"), granted(user, "group", "Read"), violations);
        for (String group : EventCatalogue.groupsOf(service)) {
            if (!group.equals(service) && !group.startsWith(service + ".")) {
                violations.add(service + ": consumer group '" + group + "' is outside the groups its KafkaUser may read");
            }
        }
        for (JsonNode acl : user.spec().path("authorization").path("acls")) {
            String type = acl.path("resource").path("type").asText();
            if (!type.equals("topic") && !type.equals("group")) {
                violations.add(user + ": grants on a " + type + " resource; services need topics and groups only");
            }
        }
    }

    /** The resource names granted an operation, a prefix pattern written as {@code name*}. */
    private static Set<String> granted(K8sObject user, String type, String operation) {
        Set<String> names = new TreeSet<>();
        for (JsonNode acl : user.spec().path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            boolean grants = acl.path("type").asText("allow").equals("allow")
                    && resource.path("type").asText().equals(type)
                    && acl.path("operations").toString().matches(".*\"(" + operation + "|All)\".*");
            if (grants) {
                boolean prefix = resource.path("patternType").asText("literal").equals("prefix");
                String name = resource.path("name").asText("*");
                names.add(prefix || name.equals("*") ? name + "*" : name);
            }
        }
        return names;
    }

    private static void compare(K8sObject user, String what, Set<String> expected, Set<String> actual,
            List<String> violations) {
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        if (!extra.isEmpty()) {
            violations.add(user + ": " + what + " the service does not need: " + extra);
        }
        if (!missing.isEmpty()) {
            violations.add(user + ": " + what + " missing: " + missing);
        }
    }
}
