package io.refunds.local.gateway;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.Map;

/**
 * Answers a request the backend could not take as problem+json instead of the proxy's empty 502: 503 when nothing
 * listens on the service's port (stopped, starting, restarting), 502 when the exchange with it failed otherwise.
 */
final class ProblemOnFailure implements ProxyInterceptor {

    private final Routes routes;
    private final Map<String, Integer> servicePorts;

    ProblemOnFailure(Routes routes, Map<String, Integer> servicePorts) {
        this.routes = routes;
        this.servicePorts = Map.copyOf(servicePorts);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    /**
     * The request with its body let go, as the proxy's own error answers do; when the body already went to the service
     * (which then dropped the connection), Vert.x refuses to resume it, and there is nothing left to let go.
     */
    private static ProxyRequest releasedRequest(ProxyRequest request) {
        try {
            return request.release();
        } catch (IllegalStateException alreadyRead) {
            return request;
        }
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        String path = context.request().proxiedRequest().path();
        String service = routes.find(path).map(Route::service).orElse("the service");
        boolean down = failure instanceof ConnectException;
        int status = down ? 503 : 502;
        String detail = down
                ? service + " does not answer on port " + servicePorts.get(service) + " (stopped, starting or restarting)"
                : service + " failed to answer " + path + ": " + failure.getMessage();
        return releasedRequest(context.request()).response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .setBody(Body.body(Problems.body(status, down ? "Service Unavailable" : "Bad Gateway", detail)));
    }
}
