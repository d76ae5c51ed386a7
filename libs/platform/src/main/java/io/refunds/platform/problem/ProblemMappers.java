package io.refunds.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into an {@code application/problem+json} answer; bad input never becomes a 500. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.problem());
    }

    /** Quarkus raises this subtype for {@code @Valid} parameters; it must not reach Quarkus' own JSON mapper. */
    @ServerExceptionMapper
    public Response requestViolation(ResteasyReactiveViolationException e) {
        return constraintViolation(e);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return respond(Problem.invalid(detail, violations));
    }

    /** Quarkus maps these Jackson subtypes itself unless a closer mapper exists. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = JsonFields.fieldOf(e);
        String message = JsonFields.messageOf(e);
        return respond(Problem.invalid(field + " " + message, List.of(new Violation(field, message))));
    }

    /**
     * Anything else: a database error the client caused (a concurrent insert, a value PostgreSQL cannot store) by
     * what it means ({@link DatabaseErrors}); a real fault as a logged 500 problem+json, never a plain-text page.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return respond(DatabaseErrors.problemFor(e).orElseGet(() -> {
            Log.errorf(e, "request failed");
            return Problem.of(500, "Internal Server Error", "the request failed on our side; it may be retried");
        }));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "Unauthorized", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(Problem.of(401, "Unauthorized", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "your role may not do this"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "request failed");
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(status, title, e.getMessage()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method validation paths look like "create.request.amount": keep what the client sent.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
