package io.refunds.marketplace.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A stand-in for Taobao's refund API, where the agent is the buyer: it plays the seller and the marketplace. */
public final class MarketplaceStandIn implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MarketplaceStandIn.class.getName());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TICK = Duration.ofMillis(200);
    private static final String REFUNDS = "/_standin/refunds/";
    private static final String PROOF = "/_standin/proof/";

    /** How the stand-in runs: app credentials, push URL (null: none), answer delays and the marketplace clocks. */
    public record Options(String appKey, String appSecret, String notifyUrl, Duration slowAnswer,
            Duration sellerAnswerDelay, Duration sellerAgreeTimeout, Duration buyerReturnTimeout,
            Duration sellerConfirmTimeout) {

        public Options {
            Objects.requireNonNull(appKey, "appKey");
            Objects.requireNonNull(appSecret, "appSecret");
            Objects.requireNonNull(slowAnswer, "slowAnswer");
            Objects.requireNonNull(sellerAnswerDelay, "sellerAnswerDelay");
            Objects.requireNonNull(sellerAgreeTimeout, "sellerAgreeTimeout");
            Objects.requireNonNull(buyerReturnTimeout, "buyerReturnTimeout");
            Objects.requireNonNull(sellerConfirmTimeout, "sellerConfirmTimeout");
        }

        /** App key {@code standin}, secret {@code standin-secret}, no pushes, 15 s, 2 s, 48 h, 7 d, 10 d. */
        public static Options defaults() {
            return new Options("standin", "standin-secret", null, Duration.ofSeconds(15), Duration.ofSeconds(2),
                    Duration.ofHours(48), Duration.ofDays(7), Duration.ofDays(10));
        }

        public Options withAppKey(String key) {
            return new Options(key, appSecret, notifyUrl, slowAnswer, sellerAnswerDelay, sellerAgreeTimeout,
                    buyerReturnTimeout, sellerConfirmTimeout);
        }

        public Options withAppSecret(String secret) {
            return new Options(appKey, secret, notifyUrl, slowAnswer, sellerAnswerDelay, sellerAgreeTimeout,
                    buyerReturnTimeout, sellerConfirmTimeout);
        }

        public Options withNotifyUrl(String url) {
            return new Options(appKey, appSecret, url, slowAnswer, sellerAnswerDelay, sellerAgreeTimeout,
                    buyerReturnTimeout, sellerConfirmTimeout);
        }

        public Options withSlowAnswer(Duration slow) {
            return new Options(appKey, appSecret, notifyUrl, slow, sellerAnswerDelay, sellerAgreeTimeout,
                    buyerReturnTimeout, sellerConfirmTimeout);
        }

        public Options withSellerAnswerDelay(Duration delay) {
            return new Options(appKey, appSecret, notifyUrl, slowAnswer, delay, sellerAgreeTimeout,
                    buyerReturnTimeout, sellerConfirmTimeout);
        }

        public Options withSellerAgreeTimeout(Duration timeout) {
            return new Options(appKey, appSecret, notifyUrl, slowAnswer, sellerAnswerDelay, timeout,
                    buyerReturnTimeout, sellerConfirmTimeout);
        }

        public Options withBuyerReturnTimeout(Duration timeout) {
            return new Options(appKey, appSecret, notifyUrl, slowAnswer, sellerAnswerDelay, sellerAgreeTimeout,
                    timeout, sellerConfirmTimeout);
        }

        public Options withSellerConfirmTimeout(Duration timeout) {
            return new Options(appKey, appSecret, notifyUrl, slowAnswer, sellerAnswerDelay, sellerAgreeTimeout,
                    buyerReturnTimeout, timeout);
        }
    }

    private final HttpServer server;
    private final Options options;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> daemon(runnable, "gateway"));
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "clock"));
    private final Pusher pusher;
    private final RefundBook book;

    private MarketplaceStandIn(HttpServer server, Options options) {
        this.server = server;
        this.options = options;
        this.pusher = new Pusher(options.notifyUrl(), options.appSecret());
        this.book = new RefundBook(options, new VirtualClock(), pusher, url());
    }

    /** Starts on {@code port} (0 picks a free one). */
    public static MarketplaceStandIn start(int port, Options options) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        MarketplaceStandIn standIn = new MarketplaceStandIn(server, options);
        server.createContext("/router/rest", standIn::gateway);
        server.createContext("/_standin/", standIn::control);
        server.setExecutor(standIn.workers);
        server.start();
        standIn.ticker.scheduleWithFixedDelay(standIn::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
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
        ticker.shutdownNow();
        workers.shutdownNow();
        pusher.close();
    }

    /** {@code [port (12112)] [callback URL]}; the app secret comes from {@code MARKETPLACE_APP_SECRET}. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 12112;
        String secret = Objects.requireNonNullElse(System.getenv("MARKETPLACE_APP_SECRET"), "standin-secret");
        Options options = Options.defaults().withAppSecret(secret).withNotifyUrl(args.length > 1 ? args[1] : null);
        MarketplaceStandIn standIn = start(port, options);
        System.out.println("Marketplace stand-in listening on " + standIn.url()
                + (options.notifyUrl() == null ? "" : ", pushing to " + options.notifyUrl()));
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        Thread.currentThread().join();
    }

    private void tick() {
        try {
            book.tick();
        } catch (RuntimeException bug) {
            // A failed tick must not stop the next one.
            LOG.log(System.Logger.Level.ERROR, "the stand-in's clock tick failed", bug);
        }
    }

    private void gateway(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = parse(exchange.getRequestURI().getRawQuery());
            params.putAll(parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            GatewayAnswer answer;
            try {
                answer = book.call(GatewayCall.checked(params, options));
            } catch (GatewayException refused) {
                answer = new GatewayAnswer(refused.body(), false);
            }
            if (answer.slow()) {
                // The work is done; the client gives up before the answer comes, as after a network timeout.
                Thread.sleep(options.slowAnswer().toMillis());
            }
            send(exchange, 200, answer.body());
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            if (path.startsWith(PROOF) && method.equals("GET")) {
                byte[] jpeg = ProofImage.jpeg();
                exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                exchange.sendResponseHeaders(200, jpeg.length);
                exchange.getResponseBody().write(jpeg);
            } else if (path.equals("/_standin/refunds") && method.equals("GET")) {
                send(exchange, 200, Map.of("data", book.refundsOf(query.get("oid"))));
            } else if (path.equals("/_standin/requests") && method.equals("GET")) {
                send(exchange, 200, Map.of("count", book.requestsFor(query.get("oid"), query.get("method"))));
            } else if (path.equals("/_standin/clock")) {
                clock(exchange, method, query.get("advance"));
            } else if (path.equals("/_standin/pushes")) {
                if (method.equals("POST") && query.containsKey("enabled")) {
                    pusher.enabled(Boolean.parseBoolean(query.get("enabled")));
                }
                send(exchange, 200, pusher.counts());
            } else if (path.startsWith(REFUNDS) && method.equals("POST")) {
                sellerAction(exchange, path.substring(REFUNDS.length()));
            } else {
                send(exchange, 404, Map.of("error", "no control endpoint " + method + " " + path));
            }
        }
    }

    private void clock(HttpExchange exchange, String method, String advance) throws IOException {
        Instant now;
        if (method.equals("POST") && advance != null) {
            try {
                now = book.advance(Duration.parse(advance));
            } catch (DateTimeParseException | IllegalArgumentException notForward) {
                send(exchange, 400, Map.of("error", "advance must be a positive ISO-8601 duration, not " + advance));
                return;
            }
        } else {
            now = book.advance(Duration.ZERO);
        }
        send(exchange, 200, Map.of("now", now.toString()));
    }

    /** {@code {refund_id}/confirm-goods} or {@code {refund_id}/refuse}: the seller acts now. */
    private void sellerAction(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String refundId = slash < 0 ? rest : rest.substring(0, slash);
        String action = slash < 0 ? "" : rest.substring(slash + 1);
        try {
            switch (action) {
                case "confirm-goods" -> send(exchange, 200, book.confirmGoods(refundId));
                case "refuse" -> send(exchange, 200, book.refuse(refundId));
                default -> send(exchange, 404, Map.of("error", "no seller action '" + action + "'"));
            }
        } catch (GatewayException refused) {
            send(exchange, refused.subCode().equals("isv.refund-not-exist") ? 404 : 409,
                    Map.of("error", refused.getMessage(), "sub_code", refused.subCode()));
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        } catch (IOException clientGaveUp) {
            // A client that timed out has closed the connection: the marketplace's answer is lost the same way.
        }
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static Thread daemon(Runnable runnable, String role) {
        Thread thread = new Thread(runnable, "marketplace-standin-" + role);
        thread.setDaemon(true);
        return thread;
    }
}
