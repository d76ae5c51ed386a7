package io.refunds.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/openapi.json}: the whole API in one document, merged ({@link OpenApiMerge}) from what each service
 * serves at {@code /q/openapi} now, so the frontend generates its client from one file. docs/openapi.yaml keeps the
 * same document (checked by OpenApiDocumentTest and WalkingSkeletonIT).
 */
final class OpenApiEndpoint implements Handler<HttpServerRequest> {

    static final String PATH = "/api/openapi.json";

    private final HttpClient client;
    private final Routes routes;
    private final Map<String, Integer> servicePorts;

    OpenApiEndpoint(HttpClient client, Routes routes, Map<String, Integer> servicePorts) {
        this.client = client;
        this.routes = routes;
        this.servicePorts = new LinkedHashMap<>(servicePorts);
    }

    @Override
    public void handle(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            request.response().putHeader("Allow", "GET, HEAD");
            Problems.send(request.response(), 405, "Method Not Allowed", PATH + " is read with GET");
            return;
        }
        List<String> services = List.copyOf(servicePorts.keySet());
        List<Future<JsonNode>> documents = services.stream().map(this::document).toList();
        Future.all(documents).onComplete(done -> {
            if (done.failed()) {
                Problems.send(request.response(), 503, "Service Unavailable",
                        "the merged OpenAPI document needs every service's: " + done.cause().getMessage());
                return;
            }
            Map<String, JsonNode> byService = new LinkedHashMap<>();
            for (int i = 0; i < services.size(); i++) {
                byService.put(services.get(i), documents.get(i).result());
            }
            try {
                String merged = OpenApiMerge.JSON.writeValueAsString(OpenApiMerge.merge(byService, routes));
                request.response().putHeader("Content-Type", "application/json").end(merged);
            } catch (IOException | IllegalStateException e) {
                Problems.send(request.response(), 500, "Internal Server Error", e.getMessage());
            }
        });
    }

    private Future<JsonNode> document(String service) {
        return client.request(HttpMethod.GET, servicePorts.get(service), "127.0.0.1", "/q/openapi?format=json")
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(service + " answered " + statusOf(response)))
                .map(body -> parse(body.toString()))
                .recover(failure -> Future.failedFuture(service + ": " + failure.getMessage()));
    }

    private static String statusOf(HttpClientResponse response) {
        return response.statusCode() + " " + response.statusMessage();
    }

    private static JsonNode parse(String json) {
        try {
            return OpenApiMerge.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
