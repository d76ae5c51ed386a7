package io.refunds.messaging;

import static io.restassured.RestAssured.given;

import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.testing.EventLog;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Claims as order-service publishes them, and the conversations they open. */
public final class Claims {

    static final Money PAID = Money.of(12_900, "USD");
    static final PaymentTerms TERMS = new PaymentTerms(new BigDecimal("0.1383"), "pi_claims",
            RefundDestination.ORIGINAL_PAYMENT);

    private Claims() {
    }

    public static IssueReported claim(UUID caseId, String buyerId, String sellerId) {
        return new IssueReported(caseId, "o-" + caseId, "i-1", "Earbuds", buyerId, sellerId, "DEFECTIVE", "No sound",
                Remedy.FULL_REFUND, PAID, PAID, List.of(), List.of(), Instant.now(), TERMS);
    }

    /** Publishes a claim and returns the id of the conversation it opened. */
    public static String openConversation(EventLog events, UUID caseId, String buyerId, String sellerId) {
        events.send(TestEvents.record(claim(caseId, buyerId, sellerId)));
        return Awaitility.await().atMost(EventLog.WAIT).until(
                () -> given().header("Authorization", Tokens.bearer("buyer", buyerId))
                        .queryParam("caseId", caseId).get("/api/conversations")
                        .then().statusCode(200).extract().<String>path("[0].conversationId"),
                id -> id != null);
    }
}
