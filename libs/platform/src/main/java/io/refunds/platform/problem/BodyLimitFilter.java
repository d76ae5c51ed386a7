package io.refunds.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Answers a request whose declared Content-Length exceeds {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413 before the body is read; Vert.x's own check would answer a bare 413 with no body. A chunked
 * HTTP/1.1 JSON body (no declared length) is read here, up to the limit, by Vert.x's body handler, whose 413 reaches
 * {@link RouterProblems} as problem+json; the resource then reads the buffered body.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private static final long DEFAULT_LIMIT = 10_240L * 1024;

    void register(@Observes Filters filters, ObjectMapper json) {
        String body = problem(json, limit(ConfigProvider.getConfig()));
        long limit = limit(ConfigProvider.getConfig());
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, limit)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            context.next();
        }, 1000);
    }

    /** On the application router, so its 413 meets {@link RouterProblems}' failure handler there. */
    void registerChunked(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit(ConfigProvider.getConfig()));
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null && isChunkedJson(context.request())) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
    }

    private static long limit(org.eclipse.microprofile.config.Config config) {
        return config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asBigInteger).map(BigInteger::longValue).orElse(DEFAULT_LIMIT);
    }

    private static boolean isChunkedJson(io.vertx.core.http.HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return request.version() != io.vertx.core.http.HttpVersion.HTTP_2
                && "chunked".equalsIgnoreCase(request.getHeader(HttpHeaders.TRANSFER_ENCODING))
                && type != null && (type.startsWith("application/json") || type.contains("+json"));
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String problem(ObjectMapper json, long limit) {
        try {
            return json.writeValueAsString(Problem.of(413, "Content Too Large",
                    "the request body may be at most " + limit + " bytes"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
