package io.refunds.local.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local run's API gateway: one origin for the frontend, routing as deploy/k8s's HTTPRoutes do ({@link Routes}),
 * through Vert.x's reverse proxy (io.vertx:vertx-http-proxy). Bodies stream both ways unbuffered (Server-Sent Events
 * arrive as the service writes them) and every end-to-end header passes ({@code Authorization}, {@code Idempotency-Key},
 * {@code traceparent}, {@code Last-Event-ID}…). A path with no route is a 404 and a service that does not answer a
 * 503 or 502, all as problem+json. Also serves the merged OpenAPI document at {@value OpenApiEndpoint#PATH}.
 */
public final class Gateway implements AutoCloseable {

    private static final String BACKEND_HOST = "127.0.0.1";

    private final Vertx vertx;
    private final HttpServer server;

    private Gateway(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Listens on {@code port}, in front of each service on its port in {@code servicePorts}. */
    public static Gateway start(int port, Routes routes, Map<String, Integer> servicePorts) throws Exception {
        if (!servicePorts.keySet().containsAll(routes.services())) {
            throw new IllegalArgumentException("no port for some of " + routes.services() + " in " + servicePorts);
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2)
                .setInternalBlockingPoolSize(2));
        try {
            // Server-Sent Events hold a connection each for as long as the page is open: room for many.
            HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2_000)
                    .setMaxPoolSize(200).setKeepAlive(true));
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions(), client)
                    .originSelector(request -> origin(routes, servicePorts, request))
                    .addInterceptor(new ProblemOnFailure(routes, servicePorts));
            OpenApiEndpoint openApi = new OpenApiEndpoint(client, routes, servicePorts);
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("0.0.0.0"))
                    .requestHandler(request -> {
                        if (OpenApiEndpoint.PATH.equals(request.path())) {
                            openApi.handle(request);
                        } else if (routes.find(request.path()).isPresent()) {
                            proxy.handle(request);
                        } else {
                            Problems.send(request.response(), 404, "Not Found", "the gateway routes no "
                                    + request.path() + ": it routes " + routes.describe() + ", and serves "
                                    + OpenApiEndpoint.PATH);
                        }
                    });
            server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return new Gateway(vertx, server);
        } catch (Exception e) {
            vertx.close();
            throw e;
        }
    }

    private static Future<SocketAddress> origin(Routes routes, Map<String, Integer> servicePorts,
            HttpServerRequest request) {
        return routes.find(request.path())
                .map(route -> Future.succeededFuture(SocketAddress.inetSocketAddress(servicePorts.get(route.service()),
                        BACKEND_HOST)))
                .orElseGet(() -> Future.failedFuture("no route for " + request.path()));
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.getLogger(Gateway.class.getName()).log(System.Logger.Level.WARNING, "the gateway did not stop cleanly", e);
        }
    }
}
