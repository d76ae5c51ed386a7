package io.refunds.local;

import io.refunds.testing.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL from the embedded binaries on Maven Central, its data kept in the platform's data folder
 * between runs, with one database per service.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final PlatformSettings settings;
    private EmbeddedPostgres postgres;

    LocalPostgres(PlatformSettings settings) {
        this.settings = settings;
    }

    void start() throws IOException {
        Path home = settings.dataDirectory().resolve("postgres");
        Files.createDirectories(home);
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries().toFile())
                .setDataDirectory(home.resolve("data"))
                .setCleanDataDirectory(false)
                .setPort(settings.postgresPort())
                .setServerConfig("max_connections", "200")
                .start();
    }

    /**
     * Where the PostgreSQL binaries are unpacked: once per build, under {@code deploy/local/target}, shared by every
     * data folder (unpacking takes 2–3 s of CPU, a quarter of a fresh start); the library locks it while unpacking.
     */
    private Path binaries() {
        return settings.repositoryRoot().resolve("deploy/local/target/postgres-binaries");
    }

    /** Stops the server (fast shutdown: open connections are cut) and starts it again on the same data and port. */
    void restart() throws IOException {
        close();
        postgres = null;
        start();
    }

    /** The service's database, created on first use. */
    Database databaseFor(String service) throws SQLException {
        String name = service.replace('-', '_');
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl(), USER, PASSWORD);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + name);
                }
            }
        }
        return new Database("127.0.0.1", settings.postgresPort(), name, USER, PASSWORD);
    }

    private Database server() {
        return new Database("127.0.0.1", settings.postgresPort(), "postgres", USER, PASSWORD);
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
