package io.refunds.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for Stripe's Refunds API ({@code POST /v1/refunds}, {@code GET /v1/refunds/{id}},
 * {@code GET /v1/refunds?payment_intent=}) with Stripe's idempotency rules. What it answers depends on the
 * PaymentIntent id, as Stripe's test mode depends on magic card numbers; see {@link Behaviour}. Control endpoints
 * under {@code /_standin/} tell tests what happened.
 */
public final class StripeStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stripe-standin");
        thread.setDaemon(true);
        return thread;
    });
    private final RefundBook book = new RefundBook();
    private final Duration slowAnswer;

    private StripeStandIn(HttpServer server, Duration slowAnswer) {
        this.server = server;
        this.slowAnswer = slowAnswer;
    }

    /**
     * Starts on {@code port} (0 picks a free one). A {@code timeout} behaviour answers after {@code slowAnswer},
     * which should exceed the client's timeout.
     */
    public static StripeStandIn start(int port, Duration slowAnswer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        StripeStandIn standIn = new StripeStandIn(server, slowAnswer);
        server.createContext("/v1/refunds", standIn::refunds);
        server.createContext("/_standin/", standIn::control);
        server.setExecutor(standIn.workers);
        server.start();
        return standIn;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 12111;
        StripeStandIn standIn = start(port, Duration.ofSeconds(15));
        System.out.println("Stripe stand-in listening on " + standIn.url());
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        Thread.currentThread().join();
    }

    private void refunds(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                answer(exchange, StandInAnswer.error(401, "invalid_request_error", "api_key_invalid",
                        "Invalid API Key provided"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.equals("/v1/refunds")) {
                create(exchange);
            } else if (method.equals("GET") && path.equals("/v1/refunds")) {
                answer(exchange, book.list(query(exchange.getRequestURI()).get("payment_intent")));
            } else if (method.equals("GET") && path.startsWith("/v1/refunds/")) {
                answer(exchange, book.retrieve(path.substring("/v1/refunds/".length())));
            } else {
                answer(exchange, StandInAnswer.error(404, "invalid_request_error", "resource_missing",
                        "Unrecognized request URL (" + method + ": " + path + ")"));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void create(HttpExchange exchange) throws IOException, InterruptedException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        RefundBook.Outcome outcome = book.create(form, idempotencyKey);
        if (outcome.slow()) {
            // The refund exists already; the client gives up before the answer comes, as after a network timeout.
            Thread.sleep(slowAnswer.toMillis());
        }
        answer(exchange, outcome.answer());
    }

    private void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String paymentIntent = query(exchange.getRequestURI()).get("payment_intent");
            if (path.equals("/_standin/refunds")) {
                answer(exchange, StandInAnswer.ok(Map.of("data", book.refundsOf(paymentIntent))));
            } else if (path.equals("/_standin/requests")) {
                answer(exchange, StandInAnswer.ok(Map.of("count", book.requestsFor(paymentIntent))));
            } else {
                answer(exchange, StandInAnswer.error(404, "invalid_request_error", "resource_missing", path));
            }
        }
    }

    private static boolean authorised(HttpExchange exchange) {
        List<String> authorization = exchange.getRequestHeaders().get("Authorization");
        return authorization != null && authorization.stream().anyMatch(value -> value.startsWith("Bearer sk_"));
    }

    private static void answer(HttpExchange exchange, StandInAnswer answer) throws IOException {
        byte[] body = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (answer.replayed()) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientGaveUp) {
            // A client that timed out has closed the connection: Stripe's answer is lost the same way.
        }
    }

    static Map<String, String> query(URI uri) {
        return parse(uri.getRawQuery());
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }
}
