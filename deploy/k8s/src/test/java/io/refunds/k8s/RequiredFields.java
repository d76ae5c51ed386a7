package io.refunds.k8s;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

/**
 * Core objects checked against the models the official Kubernetes Java client generates from the Kubernetes OpenAPI
 * (io.kubernetes:client-java-api, Maven Central): a required field that is missing, or a field the API does not have,
 * anywhere in the object is a violation. Types are checked by {@link CoreSchemas}.
 */
final class RequiredFields {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1|Namespace", V1Namespace.class),
            Map.entry("v1|ConfigMap", V1ConfigMap.class),
            Map.entry("v1|Secret", V1Secret.class),
            Map.entry("v1|Service", V1Service.class),
            Map.entry("v1|ServiceAccount", V1ServiceAccount.class),
            Map.entry("v1|PersistentVolumeClaim", V1PersistentVolumeClaim.class),
            Map.entry("apps/v1|Deployment", V1Deployment.class),
            Map.entry("autoscaling/v2|HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
            Map.entry("policy/v1|PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1|NetworkPolicy", V1NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1|Ingress", V1Ingress.class));

    private RequiredFields() {
    }

    /** The object's violation (the models stop at the first), or none; an object of a kind with no model is one. */
    static List<String> violations(K8sObject object) {
        Class<?> model = MODELS.get(object.apiVersion() + "|" + object.kind());
        if (model == null) {
            return List.of(object + " has no Kubernetes model for " + object.apiVersion() + " " + object.kind());
        }
        JsonElement json = JsonParser.parseString(object.node().toString());
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
            return List.of();
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            return List.of(object + " " + message.replaceAll("(?s)(: \\{| JSON: ).*", ""));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot validate with " + model, e);
        }
    }
}
