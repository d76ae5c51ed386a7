package io.refunds.order;

import static io.refunds.order.fixtures.CaseEvents.usd;
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
import io.refunds.events.CaseEvent;
import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
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
    private static final Instant SELLER_DEADLINE = Instant.parse("2031-12-04T14:05:33.123456Z");
    private static final Instant DECISION_DUE = Instant.parse("2031-12-07T09:30:12.5Z");
    private static final Instant APPEALABLE_UNTIL = Instant.parse("2031-12-18T14:05:59.999999Z");
    private final EventLog events = new EventLog();

    @Inject
    Pool pool;

    @AfterEach
    void close() {
        events.close();
    }

    // A partial refund paid

    @Test
    void theBuyerReadsTheCaseAsTheirOwn() {
        UUID caseId = refundedInPart("b-words-1", "s-words-1");

        read("buyer", "b-words-1", caseId).body("timeline.summary", hasItems(
                "You reported the item as defective and asked for a full refund", "Refunded 5.00 USD to your wallet"));
    }

    @Test
    void theSellerReadsTheBuyersCaseInWordsWrittenForTheSeller() {
        UUID caseId = refundedInPart("b-words-2", "s-words-2");

        read("seller", "s-words-2", caseId)
                .body("timeline.summary", hasItems("The buyer reported your item as defective and asked for a full refund",
                        "5.00 USD was refunded to the buyer's wallet"))
                .body("timeline.summary", everyItem(allOf(not(containsString("You reported")),
                        not(containsString("your wallet")))))
                .body("timeline.code", hasItems("ISSUE_REPORTED", "DECISION_MADE", "REFUND_ISSUED"));
    }

    @Test
    void staffReadTheCaseInTheThirdPerson() {
        UUID caseId = refundedInPart("b-words-3", "s-words-3");

        read("agent", "a-words", caseId)
                .body("timeline.summary", hasItems("The buyer reported the item as defective and asked for a full refund",
                        "5.00 USD was refunded to the buyer's wallet"))
                .body("timeline.summary", everyItem(not(containsStringIgnoringCase("you"))));
    }

    // An appeal lowers a decision already paid

    @Test
    void afterAnAppealLowersTheDecisionTheBuyerReadsThatWhatWasAlreadyRefundedStaysHis() {
        UUID caseId = loweredOnAppeal("b-lower-1", "s-lower-1");

        read("buyer", "b-lower-1", caseId)
                .body(DECISIONS + "[1]", equalTo("Decision on appeal: partial refund of 5.00 USD. Reason given: Only the"
                        + " case is scratched. The 14.00 USD already refunded to you stays yours; nothing more is paid."
                        + " This decision is final."))
                .body(line("AppealFiled"), equalTo("The seller appealed the decision; a supervisor will decide again"))
                .body("amountRefunded.minorUnits", equalTo(1_400));
    }

    @Test
    void afterAnAppealLowersTheDecisionTheSellerReadsThatNothingMoreIsPaid() {
        UUID caseId = loweredOnAppeal("b-lower-2", "s-lower-2");

        read("seller", "s-lower-2", caseId)
                .body(DECISIONS + "[1]", equalTo("Decision on appeal: partial refund of 5.00 USD. Reason given: Only the"
                        + " case is scratched. The 14.00 USD already refunded to the buyer stays the buyer's; nothing"
                        + " more is paid. This decision is final."))
                .body(line("AppealFiled"), equalTo("You appealed the decision; a supervisor will decide again"));
    }

    // Deadlines, a decision's reason and appeal window, the buyer's appeal

    @Test
    void theBuyerReadsDeadlinesToTheMinuteInUtcTheDecisionsReasonAndTheAppealWindow() {
        UUID caseId = decidedAndAppealed("b-dates-1", "s-dates-1");

        read("buyer", "b-dates-1", caseId)
                .body("timeline.summary", everyItem(not(matchesPattern(RAW_INSTANT))))
                .body(line("ConversationOpened"), equalTo("The seller was asked to answer by 4 Dec 2031, 14:05 UTC"))
                .body(line("DisputeOpened"), equalTo("A support agent will decide by 7 Dec 2031, 09:30 UTC"))
                .body(line("DecisionMade"), equalTo("Decision: partial refund of 80.00 USD. Reason given: The photo"
                        + " shows the fault. 80.00 USD will be refunded to you. You may appeal until 18 Dec 2031, 14:05 UTC."))
                .body(line("AppealFiled"), equalTo("You appealed the decision; a supervisor will decide again"));
    }

    @Test
    void eachLineCarriesTheInstantOfTheDeadlineItNames() {
        UUID caseId = decidedAndAppealed("b-dates-2", "s-dates-2");

        JsonPath buyer = read("buyer", "b-dates-2", caseId).extract().jsonPath();

        assertEquals(SELLER_DEADLINE, deadline(buyer, "ConversationOpened"));
        assertEquals(DECISION_DUE, deadline(buyer, "DisputeOpened"));
        assertEquals(APPEALABLE_UNTIL, deadline(buyer, "DecisionMade"));
    }

    @Test
    void theSellerReadsTheSameDeadlinesInWordsForTheSeller() {
        UUID caseId = decidedAndAppealed("b-dates-3", "s-dates-3");

        read("seller", "s-dates-3", caseId)
                .body("timeline.summary", everyItem(not(matchesPattern(RAW_INSTANT))))
                .body(line("ConversationOpened"), equalTo("You were asked to answer the buyer by 4 Dec 2031, 14:05 UTC"))
                .body(line("DecisionMade"), equalTo("Decision: partial refund of 80.00 USD. Reason given: The photo"
                        + " shows the fault. 80.00 USD will be refunded to the buyer. You may appeal until 18 Dec 2031,"
                        + " 14:05 UTC."))
                .body(line("AppealFiled"), equalTo("The buyer appealed the decision; a supervisor will decide again"));
    }

    @Test
    void staffReadThatEitherPartyMayAppeal() {
        UUID caseId = decidedAndAppealed("b-dates-4", "s-dates-4");

        read("supervisor", "sup-dates", caseId)
                .body(line("DecisionMade"), containsString("Either party may appeal until 18 Dec 2031, 14:05 UTC."));
    }

    @Test
    void eachLineIsStoredAsACodeAndItsParameters() {
        UUID caseId = decidedAndAppealed("b-dates-5", "s-dates-5");

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

    /** A decision of 5.00 USD ("Scratches only"), then its refund; returns once the case shows it refunded. */
    private UUID refundedInPart(String buyerId, String sellerId) {
        UUID caseId = OrderApi.buyer(buyerId).newCase(sellerId);
        CaseEvents about = CaseEvents.about(caseId).buyer(buyerId).seller(sellerId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DecisionMade decision = about.decision().partialRefund(usd(500)).rationale("Scratches only")
                .decidedAt(now.plusSeconds(1)).appealableAsUsual().build();
        send(decision, about.refund().forDecision(decision.decisionId()).amount(usd(500)).issuedAt(now.plusSeconds(2))
                .build());
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", buyerId, caseId)
                .body("status", equalTo("REFUNDED")).body("timeline.type", hasItem("RefundIssued")));
        return caseId;
    }

    /**
     * A full refund of the 14.00 USD paid is decided and paid; the seller appeals; the decision on appeal is a partial
     * refund of 5.00 USD. Returns once the case shows both decisions.
     */
    private UUID loweredOnAppeal(String buyerId, String sellerId) {
        Money paid = usd(1_400);
        UUID caseId = OrderApi.buyer(buyerId).reportIssue(OrderApi.platform().registerOrder(buyerId, sellerId, 1_400));
        CaseEvents about = CaseEvents.about(caseId).buyer(buyerId).seller(sellerId).paid(paid);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DecisionMade first = about.decision().fullRefund().decidedAt(now.plusSeconds(1)).appealableAsUsual().build();
        send(first, about.refund().forDecision(first.decisionId()).amount(paid).issuedAt(now.plusSeconds(2)).build());
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", buyerId, caseId)
                .body("status", equalTo("REFUNDED")).body("amountRefunded.minorUnits", equalTo(1_400)));

        send(about.appeal(first).bySeller().reason("Only the case is scratched").filedAt(now.plusSeconds(3)).build(),
                about.decision().partialRefund(usd(500)).supersedes(first.decisionId())
                        .rationale("Only the case is scratched").decidedAt(now.plusSeconds(4)).appealableAsUsual()
                        .build());
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", buyerId, caseId)
                .body("timeline.type", hasItem("AppealFiled")).body(DECISIONS + ".size()", equalTo(2)));
        return caseId;
    }

    /**
     * The conversation opens (the seller's deadline), a dispute opens (the decision's), the agent decides 80.00 USD
     * (appealable until a given instant), the buyer appeals. Returns once the case shows all four.
     */
    private UUID decidedAndAppealed(String buyerId, String sellerId) {
        UUID caseId = OrderApi.buyer(buyerId).newCase(sellerId);
        CaseEvents about = CaseEvents.about(caseId).buyer(buyerId).seller(sellerId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DecisionMade decision = about.decision().partialRefund(usd(8_000)).rationale("The photo shows the fault")
                .decidedAt(now.plusSeconds(3)).appealableUntil(APPEALABLE_UNTIL).build();
        send(about.conversationOpened(SELLER_DEADLINE, now.plusSeconds(1)),
                about.disputeOpened(decision.disputeId(), DECISION_DUE, now.plusSeconds(2)),
                decision,
                about.appeal(decision).byBuyer().reason("Half is not enough").filedAt(now.plusSeconds(4)).build());
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", buyerId, caseId)
                .body("timeline.type", hasItems("ConversationOpened", "DisputeOpened", "DecisionMade", "AppealFiled")));
        return caseId;
    }

    private void send(CaseEvent... sent) {
        for (CaseEvent event : sent) {
            events.send(TestEvents.record(event));
        }
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

    private static ValidatableResponse read(String role, String userId, UUID caseId) {
        return OrderApi.as(role, userId).caseView(caseId);
    }
}
