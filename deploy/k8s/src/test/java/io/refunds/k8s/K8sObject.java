package io.refunds.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One rendered Kubernetes object, as a mutable JSON tree (tests break copies of it on purpose). */
record K8sObject(ObjectNode node) {

    String apiVersion() {
        return node.path("apiVersion").asText();
    }

    String kind() {
        return node.path("kind").asText();
    }

    String name() {
        return node.path("metadata").path("name").asText();
    }

    /** The API group, empty for the core group ({@code v1}). */
    String group() {
        String apiVersion = apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    String version() {
        String apiVersion = apiVersion();
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    JsonNode spec() {
        return node.path("spec");
    }

    boolean is(String kind) {
        return kind().equals(kind);
    }

    K8sObject copy() {
        return new K8sObject(node.deepCopy());
    }

    @Override
    public String toString() {
        return kind() + "/" + name();
    }
}
