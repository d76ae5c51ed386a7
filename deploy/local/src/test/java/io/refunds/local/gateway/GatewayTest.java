package io.refunds.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.refunds.local.PlatformSettings;
import io.refunds.testing.SseClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway in front of four stand-in services (the JDK's HTTP server): routes by prefix, passes the headers the
 * platform relies on, streams Server-Sent Events as they are written, and answers what it cannot route or reach with
 * problem+json.
 */
class GatewayTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> SERVICES = List.of("order-service", "messaging-service", "dispute-service",
            "refund-service");
    private static final CountDownLatch SECOND_EVENT = new CountDownLatch(1);

    private static final Map<String, HttpServer> BACKENDS = new LinkedHashMap<>();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static Gateway gateway;

    @BeforeAll
    static void start() throws Exception {
        for (String service : SERVICES) {
            HttpServer backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            backend.createContext("/", exchange -> echo(service, exchange));
            backend.createContext("/api/disputes/events/stream", GatewayTest::stream);
            backend.createContext("/q/openapi", exchange -> openApi(service, exchange));
            backend.start();
            BACKENDS.put(service, backend);
            PORTS.put(service, backend.getAddress().getPort());
        }
        PORTS.put("refund-service", PlatformSettings.freePort());
        BACKENDS.remove("refund-service").stop(0);
        gateway = Gateway.start(0, Routes.PLATFORM, PORTS);
    }

    @AfterAll
    static void stop() {
        SECOND_EVENT.countDown();
        if (gateway != null) {
            gateway.close();
        }
        BACKENDS.values().forEach(backend -> backend.stop(0));
    }

    @Test
    void eachPrefixReachesItsServiceWithPathAndQuery() throws Exception {
        Map<String, String> expected = Map.of("/api/orders/o-1", "order-service", "/api/cases?status=OPEN",
                "order-service", "/api/evidence/e-1", "order-service", "/api/conversations?caseId=c-1",
                "messaging-service", "/api/disputes/d-1/decision", "dispute-service", "/dashboard/js/app.js",
                "dispute-service");
        for (Map.Entry<String, String> route : expected.entrySet()) {
            JsonNode echoed = json(get(route.getKey(), Map.of()));
            assertEquals(route.getValue(), echoed.path("service").asText(), route.getKey());
            assertEquals(route.getKey(), echoed.path("uri").asText());
        }
    }

    @Test
    void theHeadersThePlatformReliesOnPassBothWays() throws Exception {
        Map<String, String> sent = Map.of("Authorization", "Bearer t.o.k", "Idempotency-Key", "k-1",
                "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "Last-Event-ID", "41");
        HttpResponse<String> response = post("/api/cases", sent, "{\"orderId\":\"o-1\"}");
        JsonNode echoed = json(response);
        sent.forEach((name, value) -> assertEquals(value, echoed.path("headers").path(name.toLowerCase()).asText(),
                name));
        assertEquals("POST", echoed.path("method").asText());
        assertEquals("{\"orderId\":\"o-1\"}", echoed.path("body").asText());
        assertEquals("from-the-service", response.headers().firstValue("X-Echo").orElse(""));
    }

    @Test
    void aPathWithNoRouteIsA404ProblemNamingTheRoutes() throws Exception {
        for (String path : List.of("/q/health", "/q/openapi", "/", "/api/casesx", "/api/cases/../../q/health",
                "/api/cases/%2e%2e/%2e%2e/q/health")) {
            HttpResponse<String> response = get(path, Map.of());
            assertProblem(response, 404, path);
            assertTrue(json(response).path("detail").asText().contains("/api/orders"), response.body());
        }
    }

    @Test
    void aServiceThatIsNotListeningIsA503ProblemNamingIt() throws Exception {
        HttpResponse<String> response = get("/api/refunds?caseId=c-1", Map.of());
        assertProblem(response, 503, "refund-service");
        assertTrue(json(response).path("detail").asText().contains("refund-service"), response.body());
    }

    @Test
    void aServiceThatDropsTheConnectionIsA502Problem() throws Exception {
        try (ServerSocket dropping = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread dropper = new Thread(() -> dropEveryConnection(dropping), "drops-connections");
            dropper.setDaemon(true);
            dropper.start();
            Map<String, Integer> ports = new LinkedHashMap<>(PORTS);
            ports.put("order-service", dropping.getLocalPort());
            try (Gateway broken = Gateway.start(0, Routes.PLATFORM, ports)) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + broken.port()
                        + "/api/orders/o-1")).build();
                assertProblem(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 502, "order-service");
            }
        }
    }

    /** A service that reads a request's first bytes and closes the connection without an answer. */
    private static void dropEveryConnection(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket connection = server.accept()) {
                connection.getInputStream().read(new byte[1024]);
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Test
    void serverSentEventsArriveAsTheServiceWritesThemNotWhenTheStreamEnds() throws Exception {
        URI stream = URI.create("http://localhost:" + gateway.port() + "/api/disputes/events/stream?tail=1");
        try (SseClient client = SseClient.connect(stream, Map.of("Last-Event-ID", "6"))) {
            assertEquals(200, client.status());
            // The service holds the response open after the first event: only an unbuffered gateway passes it on.
            Awaitility.await().atMost(Duration.ofSeconds(1)).until(() -> client.events().size() == 1);
            assertEquals("7", client.events().get(0).id());
            assertEquals("resumed after 6", client.events().get(0).data());
            assertFalse(client.ended());
            SECOND_EVENT.countDown();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> client.events().size() == 2 && client.ended());
        }
    }

    @Test
    void theWholeApiIsOneOpenApiDocumentOnceEveryServiceAnswers() throws Exception {
        HttpResponse<String> response = get(OpenApiEndpoint.PATH, Map.of());
        assertProblem(response, 503, "refund-service");
        assertTrue(json(response).path("detail").asText().contains("refund-service"), response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String context) throws IOException {
        assertEquals(status, response.statusCode(), context + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), context);
        JsonNode problem = json(response);
        assertEquals(status, problem.path("status").asInt(), context);
        assertEquals("about:blank", problem.path("type").asText(), context);
        assertFalse(problem.path("title").asText().isBlank(), context);
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        Map<String, Object> echoed = new LinkedHashMap<>();
        echoed.put("service", service);
        echoed.put("method", exchange.getRequestMethod());
        echoed.put("uri", exchange.getRequestURI().toString());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        echoed.put("headers", headers);
        echoed.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = OpenApiMerge.JSON.writeValueAsBytes(echoed);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Echo", "from-the-service");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** Writes one event, holds the stream open until the test lets the second go, then ends it. */
    private static void stream(HttpExchange exchange) throws IOException {
        String after = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("id: 7\ndata: resumed after " + after + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            SECOND_EVENT.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.write("id: 8\ndata: later\n\n".getBytes(StandardCharsets.UTF_8));
        exchange.close();
    }

    private static void openApi(String service, HttpExchange exchange) throws IOException {
        byte[] body = ("{\"openapi\":\"3.1.0\",\"paths\":{}}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + path));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return OpenApiMerge.JSON.readTree(response.body());
    }
}
