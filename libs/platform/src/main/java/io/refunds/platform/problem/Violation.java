package io.refunds.platform.problem;

/** One broken rule of a request: the field and what it must be. */
public record Violation(String field, String message) {
}
