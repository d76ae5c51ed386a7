package io.refunds.platform.problem;

import java.util.List;

/** A client mistake or state conflict that the API answers with a problem+json of the given status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Violation> violations;
    private final String type;
    private final String rule;

    public ApiException(int status, String title, String detail, List<Violation> violations) {
        this(status, "about:blank", title, detail, null, violations);
    }

    private ApiException(int status, String type, String title, String detail, String rule, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.rule = rule;
        this.violations = List.copyOf(violations);
    }

    /** A business rule refused the request; {@code field} is the part of the request it concerns. */
    public static ApiException refusedBy(int status, String rule, String field, String detail) {
        String type = "https://refunds.io/problems/" + rule.toLowerCase().replace('_', '-');
        List<Violation> violations = field == null ? List.of() : List.of(new Violation(field, detail));
        return new ApiException(status, type, "Refused by rule " + rule, detail, rule, violations);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not found", what + " does not exist or is not visible to you", List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, List.of());
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "Unprocessable request", detail, List.of());
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "Invalid request", field + " " + message, List.of(new Violation(field, message)));
    }

    public Problem problem() {
        return status == 400 && rule == null && !violations.isEmpty()
                ? Problem.invalid(getMessage(), violations)
                : new Problem(type, title, status, getMessage(), rule, violations);
    }
}
