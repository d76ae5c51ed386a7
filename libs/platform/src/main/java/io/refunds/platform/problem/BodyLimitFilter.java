package io.refunds.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Answers a request whose declared Content-Length exceeds {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413 before the body is read; Vert.x's own check would answer a bare 413 with no body.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private static final long DEFAULT_LIMIT = 10_240L * 1024;

    void register(@Observes Filters filters, ObjectMapper json) {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asBigInteger).map(BigInteger::longValue).orElse(DEFAULT_LIMIT);
        String body = problem(json, limit);
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
