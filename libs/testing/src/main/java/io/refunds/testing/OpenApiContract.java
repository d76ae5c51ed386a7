package io.refunds.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The operations a service documents at /q/openapi against the JAX-RS resource methods it serves, read by
 * reflection from its compiled classes ({@code target/classes}): "GET /api/orders/{orderId}" and so on.
 */
public final class OpenApiContract {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");

    private OpenApiContract() {
    }

    /** Operations in the served OpenAPI document. */
    public static Set<String> documented() {
        try {
            JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString()).path("paths");
            Set<String> operations = new TreeSet<>();
            paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
                if (VERBS.containsValue(verb.toUpperCase())) {
                    operations.add(verb.toUpperCase() + " " + path.getKey());
                }
            }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Operations of every resource class (annotated {@code @Path}) compiled into {@code target/classes}. */
    public static Set<String> served() {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                            .replaceAll("\\.class$", ""))
                    .map(OpenApiContract::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .forEach(type -> addOperations(type, operations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }

    private static void addOperations(Class<?> resource, Set<String> operations) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getDeclaredMethods()) {
            VERBS.forEach((annotation, verb) -> {
                if (method.isAnnotationPresent(annotation)) {
                    Path path = method.getAnnotation(Path.class);
                    operations.add(verb + " " + normalise(base + (path == null ? "" : "/" + path.value())));
                }
            });
        }
    }

    /** One slash between segments, none at the end, and {@code {name: regex}} templates as {@code {name}}. */
    static String normalise(String path) {
        String clean = ("/" + path).replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }
}
