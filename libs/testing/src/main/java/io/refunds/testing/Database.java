package io.refunds.testing;

import java.util.Map;

/** Coordinates of one PostgreSQL database, in the forms the services' configuration takes. */
public record Database(String host, int port, String name, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + name;
    }

    /** Quarkus datasource properties pointing at this database. */
    public Map<String, String> quarkusProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.reactive.url", reactiveUrl(),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    /** The same, as environment variables for a packaged service. */
    public Map<String, String> environment() {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(),
                "QUARKUS_DATASOURCE_REACTIVE_URL", reactiveUrl(),
                "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", password);
    }
}
