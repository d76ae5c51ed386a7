package io.refunds.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * One real PostgreSQL server for the whole test JVM, from the embedded binaries on Maven Central (or as a container, as
 * {@link TestInfrastructure} decides), or the external one named by
 * {@code TEST_POSTGRES_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD}.
 * Hands out a fresh database per caller so test runs never see each other's rows.
 */
public final class PostgresServer {

    private static Database admin;

    private PostgresServer() {
    }

    /** Creates a new, empty database whose name starts with {@code prefix}. */
    public static Database newDatabase(String prefix) {
        Database server = server();
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new Database(server.host(), server.port(), name, server.user(), server.password());
    }

    private static synchronized Database server() {
        if (admin == null) {
            String host = System.getenv("TEST_POSTGRES_HOST");
            admin = host != null && !host.isBlank()
                    ? new Database(host, Integer.parseInt(env("TEST_POSTGRES_PORT", "5432")), "postgres",
                            env("TEST_POSTGRES_USER", "postgres"), env("TEST_POSTGRES_PASSWORD", "postgres"))
                    : TestInfrastructure.kind() == TestInfrastructure.Kind.CONTAINERS ? Containers.postgres()
                    : startEmbedded();
        }
        return admin;
    }

    private static Database startEmbedded() {
        try {
            // The binaries are unpacked once per machine and shared (the library locks the folder while unpacking);
            // each test JVM gets its own data folder.
            Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "refunds-embedded-pg");
            Path data = Files.createTempDirectory("embedded-pg-data");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(data)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "postgres-stop"));
            return new Database("127.0.0.1", postgres.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.getLogger(PostgresServer.class.getName()).log(System.Logger.Level.WARNING, "postgres stop failed", e);
        }
    }
}
