package io.refunds.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: points the service under test at the JVM's real Kafka broker, a database of its
 * own on the real PostgreSQL, and the dev token key. Started once per test JVM.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static Database database;

    @Override
    public Map<String, String> start() {
        Map<String, String> properties = new HashMap<>(databaseForThisJvm().quarkusProperties());
        properties.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        properties.put("mp.jwt.verify.publickey", DevTokens.forThisJvm().publicKeyPem());
        properties.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return properties;
    }

    @Override
    public void stop() {
        // The broker and the database live for the whole JVM; their shutdown hooks stop them.
    }

    public static synchronized Database databaseForThisJvm() {
        if (database == null) {
            database = PostgresServer.newDatabase("test");
        }
        return database;
    }
}
