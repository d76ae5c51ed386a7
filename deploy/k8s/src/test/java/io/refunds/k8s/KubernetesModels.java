package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Core objects checked by the npm package kubernetes-models (required fields, types, formats), through
 * {@code node src/test/node/validate-core.cjs}; node and the package come with the Maven build's {@code npm ci}.
 */
final class KubernetesModels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCRIPT = Repo.MODULE.resolve("src/test/node/validate-core.cjs");

    private KubernetesModels() {
    }

    /** The violations of all given objects, each prefixed with the object. */
    static List<String> violations(List<K8sObject> objects) {
        ArrayNode input = JSON.createArrayNode();
        objects.forEach(object -> input.add(object.node()));
        JsonNode results = run(input);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            for (JsonNode message : results.get(i)) {
                violations.add(objects.get(i) + " " + message.asText());
            }
        }
        return violations;
    }

    private static JsonNode run(ArrayNode input) {
        try {
            Path errors = Files.createTempFile("kubernetes-models", ".err");
            Process node = new ProcessBuilder("node", SCRIPT.toString()).redirectError(errors.toFile()).start();
            try (OutputStream stdin = node.getOutputStream()) {
                stdin.write(JSON.writeValueAsBytes(input));
            }
            byte[] out = node.getInputStream().readAllBytes();
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                node.destroyForcibly();
                throw new IllegalStateException("node " + SCRIPT + " failed: " + Files.readString(errors));
            }
            Files.delete(errors);
            return JSON.readTree(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node " + SCRIPT + " (is Node.js installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
