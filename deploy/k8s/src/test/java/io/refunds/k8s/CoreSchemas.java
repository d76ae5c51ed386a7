package io.refunds.k8s;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Core Kubernetes kinds read into the fabric8 models (generated from the Kubernetes OpenAPI) with no tolerance:
 * a field the API does not have, or a value of the wrong type, is a violation. The models would normally keep
 * unknown fields aside ({@code @JsonAnySetter}); here that is switched off, as {@code kubectl --validate=strict}.
 * Required fields are checked by {@link RequiredFields}.
 */
final class CoreSchemas {

    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1|Namespace", Namespace.class),
            Map.entry("v1|ConfigMap", ConfigMap.class),
            Map.entry("v1|Secret", Secret.class),
            Map.entry("v1|Service", Service.class),
            Map.entry("v1|ServiceAccount", ServiceAccount.class),
            Map.entry("v1|PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1|Deployment", Deployment.class),
            Map.entry("autoscaling/v2|HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1|PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1|NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1|Ingress", Ingress.class));

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new NoLeniency())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private CoreSchemas() {
    }

    static boolean defines(K8sObject object) {
        return KINDS.containsKey(object.apiVersion() + "|" + object.kind());
    }

    static Optional<List<String>> violations(K8sObject object) {
        Class<?> type = KINDS.get(object.apiVersion() + "|" + object.kind());
        if (type == null) {
            return Optional.empty();
        }
        try {
            STRICT.treeToValue(object.node(), type);
            return Optional.of(List.of());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            String message = e.getMessage().lines().findFirst().orElse(e.toString())
                    .replaceAll(", not marked as ignorable \\(.*", "");
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    ? mapping.getPathReference() : "";
            return Optional.of(List.of(object + " " + message + " at " + path));
        }
    }

    /** Ignores the models' any-setters and ignore-unknown flags, so unknown fields are errors. */
    private static final class NoLeniency extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            JsonIgnoreProperties.Value value = super.findPropertyIgnoralByName(config, annotated);
            return value.withoutIgnoreUnknown();
        }
    }
}
