package io.refunds.local.reliability;

import io.refunds.local.LocalPlatform;
import io.refunds.testing.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every table of every service database: its row count and a digest of its rows, to prove nothing changed. */
record DatabaseSnapshot(Map<String, String> tables) {

    static final List<String> SERVICES = List.of("order-service", "messaging-service", "dispute-service",
            "refund-service");

    static DatabaseSnapshot take(LocalPlatform platform) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        for (String service : SERVICES) {
            Database database = platform.database(service);
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                    database.password()); Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet found = statement.executeQuery(
                        "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                    while (found.next()) {
                        names.add(found.getString(1));
                    }
                }
                for (String table : names) {
                    try (ResultSet digest = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), '' "
                            + "order by md5(t::text))), '-') from public.\"" + table + "\" t")) {
                        digest.next();
                        tables.put(service + "." + table, digest.getLong(1) + " rows " + digest.getString(2));
                    }
                }
            }
        }
        return new DatabaseSnapshot(tables);
    }

    /** Tables whose rows differ from {@code other}'s. */
    List<String> changedSince(DatabaseSnapshot other) {
        List<String> changed = new ArrayList<>();
        tables.forEach((table, digest) -> {
            if (!digest.equals(other.tables.get(table))) {
                changed.add(table + ": " + other.tables.get(table) + " -> " + digest);
            }
        });
        return changed;
    }
}
