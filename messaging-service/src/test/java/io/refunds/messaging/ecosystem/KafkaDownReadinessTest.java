package io.refunds.messaging.ecosystem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.refunds.testing.DeadKafkaInfrastructure;
import org.junit.jupiter.api.Test;

/** With the broker unreachable the service stays alive but is not ready, and says Kafka is why. */
@QuarkusTest
@TestProfile(KafkaDownReadinessTest.BrokerUnreachable.class)
@WithTestResource(value = DeadKafkaInfrastructure.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class KafkaDownReadinessTest {

    /** Its own profile, so this application (with its dead broker address) is started apart from the others. */
    public static class BrokerUnreachable implements QuarkusTestProfile {
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("DOWN"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
