package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A rendered overlay: the objects {@code kubectl kustomize} prints, each rendering done once per test JVM. */
record Manifests(String name, List<K8sObject> objects) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

    static Manifests render(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization.toAbsolutePath().normalize(),
                dir -> parse(dir.getFileName().toString(), Kubectl.kustomize(dir)));
    }

    static Manifests parse(String name, String yaml) {
        List<K8sObject> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(new K8sObject(object));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse the rendering of " + name, e);
        }
        return new Manifests(name, List.copyOf(objects));
    }

    List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(object -> object.is(kind)).toList();
    }

    Optional<K8sObject> find(String kind, String name) {
        return objects.stream().filter(object -> object.is(kind) && object.name().equals(name)).findFirst();
    }

    /** A deep copy whose objects a test may change without touching the cached rendering. */
    Manifests copy() {
        return new Manifests(name, objects.stream().map(K8sObject::copy).toList());
    }

    /** This copy without the objects of one kind, or with one more. */
    Manifests without(String kind, String objectName) {
        return new Manifests(name, objects.stream()
                .filter(object -> !(object.is(kind) && object.name().equals(objectName))).toList());
    }

    Manifests with(K8sObject extra) {
        List<K8sObject> all = new ArrayList<>(objects);
        all.add(extra);
        return new Manifests(name, all);
    }

    @Override
    public String toString() {
        return name;
    }
}
