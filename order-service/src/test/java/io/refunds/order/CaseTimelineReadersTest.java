package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.AppealFiled;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline speaks to whoever reads it (issue 18), through the real broker and database: the case's buyer, its
 * seller and staff each read the same lines in their own words, money as it changes for them, deadlines to the
 * minute in UTC with the instant beside the text; each line stored as a code and its parameters.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseTimelineReadersTest {

    private static final String RAW_INSTANT = "(?s).*(\\d{4}-\\d{2}-\\d{2}T|\\d{2}:\\d{2}:\\d{2}).*";
    private static final String DECISIONS = "timeline.findAll { it.type == 'DecisionMade' }.summary";
    private final EventLog events = new EventLog();

    @Inject
    Pool pool;

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theSellerReadsTheBuyersCaseInWordsWrittenForTheSeller() {
        String orderId = OrderFixtures.registerOrder("b-words", "s-words");
        UUID caseId = OrderFixtures.reportIssue("b-words", orderId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DecisionMade decision = decision(caseId, orderId, "b-words", "s-words", DecisionOutcome.PARTIAL_REFUND,
                Money.of(500, "USD"), Money.of(12_900, "USD"), null, "Scratches only", now.plusSeconds(1));
        events.send(TestEvents.record(decision));
        events.send(TestEvents.record(refund(caseId, decision, "b-words", 500, now.plusSeconds(2))));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", "b-words", caseId)
                .body("status", equalTo("REFUNDED")).body("timeline.type", hasItem("RefundIssued")));

        read("buyer", "b-words", caseId).body("timeline.summary", hasItems(
                "You reported the item as defective and asked for a full refund", "Refunded 5.00 USD to your wallet"));
        read("seller", "s-words", caseId)
                .body("timeline.summary", hasItems("The buyer reported your item as defective and asked for a full refund",
                        "5.00 USD was refunded to the buyer's wallet"))
                .body("timeline.summary", everyItem(allOf(not(containsString("You reported")),
                        not(containsString("your wallet")))))
                .body("timeline.code", hasItems("ISSUE_REPORTED", "DECISION_MADE", "REFUND_ISSUED"));
        read("agent", "a-words", caseId)
                .body("timeline.summary", hasItems("The buyer reported the item as defective and asked for a full refund",
                        "5.00 USD was refunded to the buyer's wallet"))
                .body("timeline.summary", everyItem(not(containsStringIgnoringCase("you"))));
    }

    @Test
    void afterAnAppealLowersTheDecisionTheBuyerReadsThatWhatWasAlreadyRefundedStaysHis() {
        String orderId = OrderFixtures.registerOrder("b-lower", "s-lower", 1_400);
        UUID caseId = OrderFixtures.reportIssue("b-lower", orderId);
        Money paid = Money.of(1_400, "USD");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DecisionMade first = decision(caseId, orderId, "b-lower", "s-lower", DecisionOutcome.FULL_REFUND, paid, paid,
                null, "The seller did not answer", now.plusSeconds(1));
        events.send(TestEvents.record(first));
        events.send(TestEvents.record(refund(caseId, first, "b-lower", 1_400, now.plusSeconds(2))));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", "b-lower", caseId)
                .body("status", equalTo("REFUNDED")).body("amountRefunded.minorUnits", equalTo(1_400)));

        events.send(TestEvents.record(new AppealFiled(caseId, first.disputeId(), first.decisionId(), "s-lower",
                "SELLER", "Only the case is scratched", List.of(), now.plusSeconds(3))));
        events.send(TestEvents.record(decision(caseId, orderId, "b-lower", "s-lower", DecisionOutcome.PARTIAL_REFUND,
                Money.of(500, "USD"), paid, first.decisionId(), "Only the case is scratched", now.plusSeconds(4))));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", "b-lower", caseId)
                .body("timeline.type", hasItem("AppealFiled")).body(DECISIONS + ".size()", equalTo(2)));

        read("buyer", "b-lower", caseId)
                .body(DECISIONS + "[1]", equalTo("Decision on appeal: partial refund of 5.00 USD. Reason given: Only the"
                        + " case is scratched. The 14.00 USD already refunded to you stays yours; nothing more is paid."
                        + " This decision is final."))
                .body("timeline.find { it.type == 'AppealFiled' }.summary",
                        equalTo("The seller appealed the decision; a supervisor will decide again"))
                .body("amountRefunded.minorUnits", equalTo(1_400));
        read("seller", "s-lower", caseId)
                .body(DECISIONS + "[1]", equalTo("Decision on appeal: partial refund of 5.00 USD. Reason given: Only the"
                        + " case is scratched. The 14.00 USD already refunded to the buyer stays the buyer's; nothing"
                        + " more is paid. This decision is final."))
                .body("timeline.find { it.type == 'AppealFiled' }.summary",
                        equalTo("You appealed the decision; a supervisor will decide again"));
    }

    @Test
    void deadlinesAreWrittenToTheMinuteInUtcTheDecisionGivesItsReasonAndTheAppealWindowAndTheBuyerAppealed() {
        String orderId = OrderFixtures.registerOrder("b-dates", "s-dates");
        UUID caseId = OrderFixtures.reportIssue("b-dates", orderId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = Instant.parse("2031-12-04T14:05:33.123456Z");
        Instant decisionDue = Instant.parse("2031-12-07T09:30:12.5Z");
        Instant appealableUntil = Instant.parse("2031-12-18T14:05:59.999999Z");
        Money paid = Money.of(12_900, "USD");
        events.send(TestEvents.record(new ConversationOpened(caseId, UUID.randomUUID(), "b-dates", "s-dates",
                sellerDeadline, now.plusSeconds(1))));
        DecisionMade decision = new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), caseId, orderId, "i-1",
                "b-dates", DecisionOutcome.PARTIAL_REFUND, Money.of(8_000, "USD"), paid, null, "a-7",
                "The photo shows the fault", now.plusSeconds(3), "s-dates", null, appealableUntil);
        events.send(TestEvents.record(new DisputeOpened(decision.disputeId(), caseId, orderId, "i-1", "b-dates",
                "s-dates", "DEFECTIVE", DisputeOpened.DisputeTrigger.SELLER_UNRESPONSIVE, paid, decisionDue,
                now.plusSeconds(2))));
        events.send(TestEvents.record(decision));
        events.send(TestEvents.record(new AppealFiled(caseId, decision.disputeId(), decision.decisionId(), "b-dates",
                "BUYER", "Half is not enough", List.of(), now.plusSeconds(4))));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", "b-dates", caseId)
                .body("timeline.type", hasItems("ConversationOpened", "DisputeOpened", "DecisionMade", "AppealFiled")));

        JsonPath buyer = read("buyer", "b-dates", caseId)
                .body("timeline.summary", everyItem(not(matchesPattern(RAW_INSTANT))))
                .body(line("ConversationOpened"), equalTo("The seller was asked to answer by 4 Dec 2031, 14:05 UTC"))
                .body(line("DisputeOpened"), equalTo("A support agent will decide by 7 Dec 2031, 09:30 UTC"))
                .body(line("DecisionMade"), equalTo("Decision: partial refund of 80.00 USD. Reason given: The photo"
                        + " shows the fault. 80.00 USD will be refunded to you. You may appeal until 18 Dec 2031, 14:05 UTC."))
                .body(line("AppealFiled"), equalTo("You appealed the decision; a supervisor will decide again"))
                .extract().jsonPath();
        assertEquals(sellerDeadline, deadline(buyer, "ConversationOpened"));
        assertEquals(decisionDue, deadline(buyer, "DisputeOpened"));
        assertEquals(appealableUntil, deadline(buyer, "DecisionMade"));
        read("seller", "s-dates", caseId)
                .body("timeline.summary", everyItem(not(matchesPattern(RAW_INSTANT))))
                .body(line("ConversationOpened"), equalTo("You were asked to answer the buyer by 4 Dec 2031, 14:05 UTC"))
                .body(line("DecisionMade"), equalTo("Decision: partial refund of 80.00 USD. Reason given: The photo"
                        + " shows the fault. 80.00 USD will be refunded to the buyer. You may appeal until 18 Dec 2031,"
                        + " 14:05 UTC."))
                .body(line("AppealFiled"), equalTo("The buyer appealed the decision; a supervisor will decide again"));
        read("supervisor", "sup-dates", caseId)
                .body(line("DecisionMade"), containsString("Either party may appeal until 18 Dec 2031, 14:05 UTC."));

        Map<String, Row> stored = storedLines(caseId);
        assertEquals("2031-12-04T14:05:33.123456Z", stored.get("CONVERSATION_OPENED").getString("deadline"));
        Row decided = stored.get("DECISION_MADE");
        assertEquals("object", decided.getString("kind"));
        assertEquals(new JsonObject().put("minorUnits", 8_000).put("currency", "USD"), decided.getJsonObject("amount"));
        assertEquals("0", decided.getString("refunded_before"), "the case had refunded nothing when it arrived");
        assertEquals("The photo shows the fault", decided.getString("rationale"));
        assertTrue(decided.getString("summary").endsWith("Either party may appeal until 18 Dec 2031, 14:05 UTC."),
                "the stored summary is the neutral wording");
    }

    /** Each line's code and parameters as stored, by code. */
    private Map<String, Row> storedLines(UUID caseId) {
        Map<String, Row> byCode = new HashMap<>();
        pool.preparedQuery("SELECT code, summary, jsonb_typeof(params) AS kind, params ->> 'deadline' AS deadline,"
                        + " params -> 'amount' AS amount, params -> 'refundedBefore' ->> 'minorUnits' AS refunded_before,"
                        + " params ->> 'rationale' AS rationale FROM timeline_entry WHERE case_id = $1")
                .execute(Tuple.of(caseId)).await().atMost(Duration.ofSeconds(10))
                .forEach(row -> byCode.put(row.getString("code"), row));
        return byCode;
    }

    private static String line(String type) {
        return "timeline.find { it.type == '" + type + "' }.summary";
    }

    private static Instant deadline(JsonPath view, String type) {
        return Instant.parse(view.getString("timeline.find { it.type == '" + type + "' }.deadline"));
    }

    /** A decision as dispute-service makes it: a first one may be appealed for 14 days, one on appeal is final. */
    private static DecisionMade decision(UUID caseId, String orderId, String buyerId, String sellerId,
            DecisionOutcome outcome, Money amount, Money paid, UUID supersedes, String rationale, Instant decidedAt) {
        return new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), caseId, orderId, OrderFixtures.RECENT, buyerId,
                outcome, amount, paid, supersedes, "a-7", rationale, decidedAt, sellerId, null,
                supersedes == null ? decidedAt.plus(Duration.ofDays(14)) : null);
    }

    private static RefundIssued refund(UUID caseId, DecisionMade decision, String buyerId, long minorUnits,
            Instant issuedAt) {
        return new RefundIssued(UUID.randomUUID(), caseId, decision.decisionId(), null, buyerId,
                Money.of(minorUnits, "USD"), "WALLET", issuedAt);
    }

    private static ValidatableResponse read(String role, String userId, UUID caseId) {
        return given().header("Authorization", Tokens.bearer(role, userId))
                .when().get("/api/cases/" + caseId).then().statusCode(200);
    }
}
