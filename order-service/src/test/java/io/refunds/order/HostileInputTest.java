package io.refunds.order;

import static io.refunds.order.OrderFixtures.RECENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or careless client sends never becomes a 500 or a partial write: concurrent reports for one item,
 * NUL characters and unpaired surrogates in text, unknown fields, fractions and strings where integers belong, and
 * currencies that are no money. Each answer is a problem+json naming what was wrong.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class HostileInputTest {

    @Test
    void concurrentReportsWithDifferentKeysGiveOneCaseAndConflictsNever500() throws Exception {
        String orderId = OrderFixtures.registerOrder("b-race", "s-race");
        String photo = OrderFixtures.uploadPhoto("buyer", "b-race");

        List<Response> answers = concurrently(8, index -> report("b-race", orderId, photo, "key-" + index));

        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        for (Response answer : answers) {
            if (answer.statusCode() != 201) {
                assertEquals(409, answer.statusCode(), answer.asString());
                assertEquals("application/problem+json", answer.contentType(), answer.asString());
            }
        }
        given().header("Authorization", Tokens.bearer("buyer", "b-race")).get("/api/cases").then()
                .body("findAll { it.orderId == '" + orderId + "' }.size()", equalTo(1));
    }

    @Test
    void concurrentReportsWithTheSameKeyAndBodyAllAnswerTheStoredCase() throws Exception {
        String orderId = OrderFixtures.registerOrder("b-same", "s-same");
        String photo = OrderFixtures.uploadPhoto("buyer", "b-same");

        List<Response> answers = concurrently(6, index -> report("b-same", orderId, photo, "one-key"));

        List<String> cases = answers.stream().map(answer -> {
            assertEquals(201, answer.statusCode(), answer.asString());
            return answer.<String>path("caseId");
        }).distinct().toList();
        assertEquals(1, cases.size(), cases.toString());
    }

    @Test
    void nulCharactersAndUnpairedSurrogatesNeverReachTheDatabase() {
        String orderId = OrderFixtures.registerOrder("b-nul", "s-nul");
        given().urlEncodingEnabled(false).header("Authorization", Tokens.bearer("buyer", "b-nul")).get("/api/orders/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).header("Authorization", Tokens.bearer("buyer", "b-nul"))
                .get("/api/orders/%ED%A0%80")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("buyer", "b-nul")).queryParam("status", "OPEN\u0000")
                .get("/api/cases").then().statusCode(400).body("violations[0].field", equalTo("status"));
        for (String description : List.of("broken\u0000", "broken \ud800 here")) {
            given().header("Authorization", Tokens.bearer("buyer", "b-nul")).contentType(ContentType.JSON)
                    .body(Map.of("orderId", orderId, "itemId", RECENT, "reason", "DEFECTIVE",
                            "description", description, "evidenceIds", List.of(OrderFixtures.uploadPhoto("buyer", "b-nul"))))
                    .post("/api/cases").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("description"));
        }
        given().header("Authorization", Tokens.bearer("buyer", "b-nul")).get("/api/cases").then()
                .body("findAll { it.orderId == '" + orderId + "' }.size()", equalTo(0));
    }

    @Test
    void unknownFieldsFractionsStringsAndBooleansAreRefusedNamingTheField() {
        String orderId = OrderFixtures.registerOrder("b-strict", "s-strict");
        String photo = OrderFixtures.uploadPhoto("buyer", "b-strict");
        Map<String, Object> base = Map.of("orderId", orderId, "itemId", RECENT, "reason", "DEFECTIVE",
                "requestedOutcome", "PARTIAL_REFUND", "evidenceIds", List.of(photo));
        strictly(with(base, "status", "REFUNDED"), "status", "is not a field of this request");
        strictly(with(base, "buyerId", "b-other"), "buyerId", "is not a field of this request");
        for (Object minorUnits : List.of(12.5, "100", true, new java.math.BigInteger("99999999999999999999"))) {
            Map<String, Object> amount = new java.util.HashMap<>(Map.of("currency", "USD"));
            amount.put("minorUnits", minorUnits);
            given().header("Authorization", Tokens.bearer("buyer", "b-strict")).contentType(ContentType.JSON)
                    .body(with(base, "requestedAmount", amount)).post("/api/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("requestedAmount.minorUnits"));
        }
        given().header("Authorization", Tokens.bearer("buyer", "b-strict")).get("/api/cases").then()
                .body("findAll { it.orderId == '" + orderId + "' }.size()", equalTo(0));
    }

    @Test
    void aBuyerCannotHavePaidInACodeThatIsNoMoney() {
        for (String code : List.of("XXX", "XAU", "XTS")) {
            given().header("Authorization", Tokens.bearer("platform", "agent-platform")).contentType(ContentType.JSON)
                    .body(Map.of("orderId", "o-" + code + System.nanoTime(), "buyerId", "b-gold", "items", List.of(Map.of(
                            "itemId", "i-1", "sellerId", "s-1", "title", "Lamp", "category", "home", "quantity", 1,
                            "unitPrice", Map.of("minorUnits", 100, "currency", "CNY"),
                            "paid", Map.of("minorUnits", 100, "currency", code)))))
                    .post("/api/orders").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("items[0].paid.currency"));
        }
    }

    private static void strictly(Map<String, Object> body, String field, String message) {
        given().header("Authorization", Tokens.bearer("buyer", "b-strict")).contentType(ContentType.JSON).body(body)
                .post("/api/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field)).body("violations[0].message", equalTo(message));
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> body = new java.util.HashMap<>(base);
        body.put(field, value);
        return body;
    }

    private static Response report(String buyerId, String orderId, String photo, String key) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "itemId", RECENT, "reason", "DEFECTIVE", "description", "No sound",
                        "evidenceIds", List.of(photo)))
                .post("/api/cases");
    }

    private interface Indexed<T> {
        T call(int index) throws Exception;
    }

    private static <T> List<T> concurrently(int count, Indexed<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.call(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
