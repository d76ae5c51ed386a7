package io.refunds.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Committed transactions of the four services' databases, from PostgreSQL's own statistics. */
final class Commits {

    private static final String SUM = "select coalesce(sum(xact_commit), 0) from pg_stat_database "
            + "where datname in ('order_service', 'messaging_service', 'dispute_service', 'refund_service')";

    private final String jdbcUrl;

    Commits(int postgresPort) {
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
    }

    /** The sum now; statistics reach the view up to ~0.5 s after a commit, so callers allow for that. */
    long now() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet sum = statement.executeQuery(SUM)) {
            sum.next();
            return sum.getLong(1);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
