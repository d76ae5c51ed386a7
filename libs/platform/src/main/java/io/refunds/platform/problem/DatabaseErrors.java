package io.refunds.platform.problem;

import java.util.Optional;

/**
 * What a database error means to the client, in one place for every service: a unique, foreign-key or exclusion
 * violation is a conflict with another request (409), a value PostgreSQL cannot store is bad input (400), a
 * serialization failure or deadlock is worth retrying (503). Found anywhere in the cause chain, whichever client
 * (Vert.x, JDBC, Hibernate) raised it.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** The problem to answer for {@code failure}, or empty when it carries no database error state. */
    public static Optional<Problem> problemFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String state = sqlState(cause);
            if (state != null) {
                return Optional.ofNullable(problem(state, constraint(cause)));
            }
        }
        return Optional.empty();
    }

    private static Problem problem(String state, String constraint) {
        String named = constraint == null ? "" : " (" + constraint + ")";
        return switch (state) {
            case "23505", "23P01" -> new Problem("https://refunds.io/problems/concurrent-change", "Conflict", 409,
                    "another request changed the same thing at the same time and won" + named
                            + "; read the current state before trying again", null, java.util.List.of());
            case "23503" -> new Problem("https://refunds.io/problems/concurrent-change", "Conflict", 409,
                    "refers to something that does not exist (any more)" + named, null, java.util.List.of());
            case "40001", "40P01" -> Problem.of(503, "Service Unavailable",
                    "the request collided with another one; retry it");
            default -> state.startsWith("22") || state.equals("23502")
                    ? Problem.of(400, "Invalid request", "a value cannot be stored as sent (SQL state " + state + ")")
                    : null;
        };
    }

    private static String sqlState(Throwable cause) {
        if (cause instanceof io.vertx.pgclient.PgException pg) {
            return pg.getSqlState();
        }
        if (cause instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        if (cause instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return null;
    }

    private static String constraint(Throwable cause) {
        if (cause instanceof io.vertx.pgclient.PgException pg) {
            return pg.getConstraint();
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
            return violation.getConstraintName();
        }
        return null;
    }
}
