package io.refunds.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.platform.testapp.TestDatabase;
import io.refunds.testing.RealInfrastructure;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys through a real resource and database: the same key and body replay the stored answer, another
 * body is refused, and two requests with one key at once wait for each other and both get the one stored answer.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeysTest {

    private static final String THINGS = "select count(*) from thing where idem_key = ?";
    /** Holders and waiters of the transaction-scoped advisory lock on one key of scope "things". */
    private static final String KEY_LOCKS = "select count(*) from pg_locks where locktype = 'advisory' and granted = ? "
            + "and ((classid::bigint << 32) | objid::bigint) = hashtextextended('things' || chr(31) || ?, 0)";

    @Test
    void theSameKeyAndBodyReplayTheStoredAnswer() {
        String key = UUID.randomUUID().toString();

        Response first = create(key, "{\"value\":\"blue\"}");
        Response again = create(key, "{\"value\":\"blue\"}");

        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertNotNull(first.jsonPath().getString("id"));
        assertEquals(1, TestDatabase.number(THINGS, key), "created once");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, create(key, "{\"value\":\"blue\"}").statusCode());

        Response other = create(key, "{\"value\":\"green\"}");

        assertEquals(422, other.statusCode());
        assertEquals("application/problem+json", other.contentType());
        assertEquals("Idempotency-Key was already used with a different request body",
                other.jsonPath().getString("detail"));
        assertEquals(1, TestDatabase.number(THINGS, key));
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String value = "unkeyed-" + UUID.randomUUID();

        Response first = given().contentType("application/json").body("{\"value\":\"" + value + "\"}")
                .post("/test/things");
        Response second = given().contentType("application/json").body("{\"value\":\"" + value + "\"}")
                .post("/test/things");

        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(2, TestDatabase.number("select count(*) from thing where value = ?", value));
    }

    @Test
    void aKeyThatIsNoPrintableAsciiUpTo200CharactersIsRefused() {
        assertEquals(400, create("k".repeat(201), "{\"value\":\"blue\"}").statusCode());
        assertEquals(400, create("tab\tinside", "{\"value\":\"blue\"}").statusCode());
    }

    @Test
    void twoRequestsWithOneKeyAtOnceBothGetTheOneStoredAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"value\":\"slow\",\"holdMillis\":5000}";

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> create(key, body));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.number(KEY_LOCKS, true, key) == 1);
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> create(key, body));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.number(KEY_LOCKS, false, key) == 1);

        Response one = first.get(30, TimeUnit.SECONDS);
        Response other = second.get(30, TimeUnit.SECONDS);
        assertEquals(201, one.statusCode());
        assertEquals(201, other.statusCode(), other.body().asString());
        assertEquals(one.body().asString(), other.body().asString());
        assertEquals(one.header("Location"), other.header("Location"));
        assertEquals(1, TestDatabase.number(THINGS, key));
    }

    private static Response create(String key, String body) {
        return given().header(IdempotencyKeys.HEADER, key).contentType("application/json").body(body)
                .post("/test/things");
    }
}
