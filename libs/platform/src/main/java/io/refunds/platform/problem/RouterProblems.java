package io.refunds.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Errors the HTTP layer produces before a resource runs (a chunked body past the size limit, no route for the path
 * or method) are answered as problem+json too, like every error the resources raise.
 */
@ApplicationScoped
public class RouterProblems {

    private final ObjectMapper json;

    public RouterProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.errorHandler(404, context -> respond(context, Problem.of(404, "Not Found",
                "no resource at " + context.request().path())));
        router.errorHandler(405, context -> respond(context, Problem.of(405, "Method Not Allowed",
                context.request().method() + " is not allowed on " + context.request().path())));
    }

    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (status < 0 && context.failure() instanceof HttpException http) {
            status = http.getStatusCode();
        }
        if (status < 400 || status >= 500) {
            Log.errorf(context.failure(), "request %s %s failed (%d)", context.request().method(),
                    context.request().path(), status);
            status = status < 400 ? 500 : status;
        }
        String title = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        respond(context, Problem.of(status, title, switch (status) {
            case 413 -> "the request body is larger than this service accepts";
            case 500 -> "the request failed on our side; it may be retried";
            default -> title;
        }));
    }

    private void respond(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            if (!response.ended()) {
                response.end();
            }
            return;
        }
        try {
            response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
