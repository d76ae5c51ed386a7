package io.refunds.platform.testapp;

import io.refunds.testing.Database;
import io.refunds.testing.RealInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the test application's database, for what tests arrange and assert outside the application. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of every row {@code sql} returns, as text (null stays null). */
    public static List<String> column(String sql, Object... parameters) {
        return inDatabase(database().jdbcUrl(), connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        });
    }

    /** The number {@code sql} returns (a count, say). */
    public static long number(String sql, Object... parameters) {
        return Long.parseLong(column(sql, parameters).get(0));
    }

    public static int update(String sql, Object... parameters) {
        return inDatabase(database().jdbcUrl(), connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Refuses or allows every new connection to the application's database and, when refusing, ends the open ones:
     * to the application the database stops answering.
     */
    public static void acceptConnections(boolean accept) {
        Database database = database();
        String admin = "jdbc:postgresql://" + database.host() + ":" + database.port() + "/postgres";
        inDatabase(admin, connection -> {
            try (PreparedStatement allow = connection.prepareStatement(
                    "alter database " + database.name() + " allow_connections " + accept)) {
                allow.execute();
            }
            if (!accept) {
                try (PreparedStatement end = connection.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = ?")) {
                    end.setString(1, database.name());
                    end.execute();
                }
            }
            return null;
        });
    }

    private static Database database() {
        return RealInfrastructure.databaseForThisJvm();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T inDatabase(String url, Work<T> work) {
        Database database = database();
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password())) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + e.getMessage(), e);
        }
    }
}
