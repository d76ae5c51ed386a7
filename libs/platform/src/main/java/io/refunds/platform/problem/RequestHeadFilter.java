package io.refunds.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.refunds.platform.text.PercentDecoding;
import io.refunds.platform.text.SafeText;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a request's head before anything reads it: a request line longer than {@code platform.http.max-uri-length}
 * (414) or headers larger than {@code platform.http.max-header-bytes} (431) are answered with problem+json, as is a
 * path or query parameter that is not percent-encoded UTF-8 or carries a NUL or an unpaired surrogate (400, naming
 * it), so no database ever sees such text. The HTTP codec's own limits ({@code quarkus.http.limits.*}) sit far above
 * these, for heads that are no request at all.
 */
@ApplicationScoped
public class RequestHeadFilter {

    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    public RequestHeadFilter(ObjectMapper json,
            @ConfigProperty(name = "platform.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "platform.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            Optional<Problem> refused = check(context.request());
            if (refused.isPresent()) {
                respond(context, refused.get());
                return;
            }
            context.next();
        }, 1100);
    }

    private Optional<Problem> check(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            return Optional.of(Problem.of(414, "URI Too Long",
                    "the request target may be at most " + maxUriLength + " characters"));
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4L;
        }
        if (headerBytes > maxHeaderBytes) {
            return Optional.of(Problem.of(431, "Request Header Fields Too Large",
                    "the request's headers may be at most " + maxHeaderBytes + " bytes"));
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        Optional<Problem> badPath = unsafe("path", path, false);
        if (badPath.isPresent() || query < 0) {
            return badPath;
        }
        for (String pair : uri.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = PercentDecoding.decode(equals < 0 ? pair : pair.substring(0, equals), true)
                    .filter(SafeText::isSafe).orElse("query");
            Optional<Problem> badParameter = unsafe(name, pair, true);
            if (badParameter.isPresent()) {
                return badParameter;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> unsafe(String field, String raw, boolean plusIsSpace) {
        Optional<String> decoded = PercentDecoding.decode(raw, plusIsSpace);
        String message = decoded.isEmpty() ? "must be percent-encoded UTF-8"
                : SafeText.isSafe(decoded.get()) ? null : SafeText.RULE;
        return message == null ? Optional.empty()
                : Optional.of(Problem.invalid(field + " " + message, List.of(new Violation(field, message))));
    }

    private void respond(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
