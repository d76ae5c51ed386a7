package io.refunds.order;

import static io.refunds.order.fixtures.OrderApi.RECENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.RealInfrastructure;
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
        String orderId = OrderApi.platform().registerOrder("b-race", "s-race");
        String photo = OrderApi.buyer("b-race").uploadPhoto();

        List<Response> answers = concurrently(8, index -> report("b-race", orderId, photo, "key-" + index));

        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        for (Response answer : answers) {
            if (answer.statusCode() != 201) {
                assertEquals(409, answer.statusCode(), answer.asString());
                assertEquals("application/problem+json", answer.contentType(), answer.asString());
            }
        }
        assertCasesOn("b-race", orderId, 1);
    }

    @Test
    void concurrentReportsWithTheSameKeyAndBodyAllAnswerTheStoredCase() throws Exception {
        String orderId = OrderApi.platform().registerOrder("b-same", "s-same");
        String photo = OrderApi.buyer("b-same").uploadPhoto();

        List<Response> answers = concurrently(6, index -> report("b-same", orderId, photo, "one-key"));

        List<String> cases = answers.stream().map(answer -> {
            assertEquals(201, answer.statusCode(), answer.asString());
            return answer.<String>path("caseId");
        }).distinct().toList();
        assertEquals(1, cases.size(), cases.toString());
    }

    @Test
    void nulCharactersAndUnpairedSurrogatesInPathsAreRefused() {
        OrderApi.buyer("b-nul").request().urlEncodingEnabled(false).get("/api/orders/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
        OrderApi.buyer("b-nul").request().urlEncodingEnabled(false).get("/api/orders/%ED%A0%80")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void nulCharactersInQueriesAreRefused() {
        OrderApi.buyer("b-nul").cases(Map.of("status", "OPEN\u0000")).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void nulCharactersAndUnpairedSurrogatesInBodiesNeverReachTheDatabase() {
        String orderId = OrderApi.platform().registerOrder("b-nul", "s-nul");
        for (String description : List.of("broken\u0000", "broken \ud800 here")) {
            OrderApi.buyer("b-nul").report(Requests.report(orderId, RECENT).description(description)
                            .evidence(OrderApi.buyer("b-nul").uploadPhoto()))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("description"));
        }
        assertCasesOn("b-nul", orderId, 0);
    }

    @Test
    void unknownFieldsAreRefusedNamingTheField() {
        String orderId = OrderApi.platform().registerOrder("b-strict", "s-strict");
        String photo = OrderApi.buyer("b-strict").uploadPhoto();

        strictly(partialRefund(orderId, photo).with("status", "REFUNDED"), "status", "is not a field of this request");
        strictly(partialRefund(orderId, photo).with("buyerId", "b-other"), "buyerId", "is not a field of this request");
        assertCasesOn("b-strict", orderId, 0);
    }

    @Test
    void fractionsStringsBooleansAndHugeNumbersAreNoMinorUnits() {
        String orderId = OrderApi.platform().registerOrder("b-strict", "s-strict");
        String photo = OrderApi.buyer("b-strict").uploadPhoto();
        for (Object minorUnits : List.of(12.5, "100", true, new java.math.BigInteger("99999999999999999999"))) {
            Map<String, Object> amount = new java.util.HashMap<>(Map.of("currency", "USD"));
            amount.put("minorUnits", minorUnits);
            OrderApi.buyer("b-strict").report(partialRefund(orderId, photo).with("requestedAmount", amount))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("requestedAmount.minorUnits"));
        }
        assertCasesOn("b-strict", orderId, 0);
    }

    @Test
    void aBuyerCannotHavePaidInACodeThatIsNoMoney() {
        for (String code : List.of("XXX", "XAU", "XTS")) {
            OrderApi.platform().register(Requests.order("o-" + code + System.nanoTime(), "b-gold")
                            .items(Requests.item("i-1", "s-1").with("title", "Lamp").paid(100, code)).body())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("items[0].paid.currency"));
        }
    }

    private static Requests.Report partialRefund(String orderId, String photo) {
        return Requests.report(orderId, RECENT).outcome("PARTIAL_REFUND").evidence(photo).without("description");
    }

    private static void strictly(Requests.Report report, String field, String message) {
        OrderApi.buyer("b-strict").report(report).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field)).body("violations[0].message", equalTo(message));
    }

    /** The buyer has {@code count} cases on the order. */
    private static void assertCasesOn(String buyerId, String orderId, int count) {
        OrderApi.buyer(buyerId).cases().then().body("findAll { it.orderId == '" + orderId + "' }.size()",
                equalTo(count));
    }

    private static Response report(String buyerId, String orderId, String photo, String key) {
        return OrderApi.buyer(buyerId).report(Requests.report(orderId, RECENT).description("No sound").evidence(photo)
                .body(), key);
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
