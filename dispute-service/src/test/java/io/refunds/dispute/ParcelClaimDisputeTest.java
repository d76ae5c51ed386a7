package io.refunds.dispute;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.events.DecisionMade;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.Money;
import io.refunds.events.ParcelClaim;
import io.refunds.events.ParcelFound;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundLine;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A claim on an international parcel goes straight to the agents' queue (trigger PARCEL_CLAIM, decidable at once,
 * no seller conversation), with the parcel's items and tracking in the case file; the decision is made of the
 * insurance's lines, borne by the carrier; the claim delivered twice opens one dispute; a found parcel joins the file.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ParcelClaimDisputeTest {

    private static final DisputeApi AGENT = DisputeApi.agent("a-parcel");

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aLostParcelIsDecidedAtOnceFromItsInsuranceWithTheParcelInTheCaseFile() {
        CaseEvents kase = CaseEvents.newCase("b-parcel", "s-parcel");
        ProducerRecord<String, String> claim = TestEvents.record(kase.issueReported().quote(new RefundBreakdown(
                List.of(new RefundLine("ITEM", usd(11_400), null, usd(11_400), "CARRIER"),
                        new RefundLine("INTERNATIONAL_SHIPPING", usd(1_500), null, usd(1_500), "CARRIER"),
                        new RefundLine("SERVICE_FEE", usd(600), null, usd(0), null)), List.of(), usd(12_900)))
                .onParcel("LOST", parcel(kase)).build());
        events.send(claim);

        String disputeId = awaitOpenDispute(kase.caseId());
        DisputeOpened opened = TestEvents.read(events.awaitRecords(Topics.DISPUTE_OPENED, kase.caseId().toString(),
                1).get(0).value(), DisputeOpened.class);
        assertEquals(DisputeTrigger.PARCEL_CLAIM, opened.trigger());
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> AGENT.find(disputeId).then().statusCode(200)
                .body("trigger", equalTo("PARCEL_CLAIM")).body("negotiationClosed", equalTo(true))
                .body("caseFile.claim.parcel.parcelId", equalTo("PCL-" + kase.caseId()))
                .body("caseFile.claim.parcel.tracking", equalTo("EE77"))
                .body("caseFile.claim.parcel.items", hasSize(2))
                .body("caseFile.claim.parcel.lastScanLocation", equalTo("Leipzig"))
                .body("caseFile.entries[0].summary", containsString("claims parcel PCL-" + kase.caseId()
                        + " as LOST")));

        events.send(claim);
        events.awaitConsumed("dispute-service", Topics.ISSUE_REPORTED);
        AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().body("", hasSize(1));

        AGENT.claim(disputeId).then().statusCode(200);
        AGENT.decide(disputeId, DecisionBody.fullRefund("No scan for three weeks; the carrier confirms"))
                .then().statusCode(201).body("refundAmount.minorUnits", equalTo(12_900));
        DecisionMade made = TestEvents.read(events.awaitRecords(Topics.DECISION_MADE, kase.caseId().toString(), 1)
                .get(0).value(), DecisionMade.class);
        assertEquals(List.of("CARRIER", "CARRIER"), made.breakdown().lines().stream()
                .filter(line -> line.refund() != null && line.refund().minorUnits() > 0).map(RefundLine::bearer)
                .toList());

        events.send(TestEvents.record(new ParcelFound(parcel(kase).claimId(), kase.caseId(), "PCL-" + kase.caseId(),
                kase.orderId(), "i-1", kase.buyerId(), "Leipzig hub", Instant.now())));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> AGENT.find(disputeId).then().statusCode(200)
                .body("caseFile.entries.type", hasItem("ParcelFound")));
    }

    @Test
    void aClaimOnTheItemItselfStillWaitsForTheSeller() {
        CaseEvents kase = CaseEvents.newCase("b-item", "s-item");
        events.send(TestEvents.record(kase.issueReported().build()));
        events.awaitConsumed("dispute-service", Topics.ISSUE_REPORTED);

        AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().statusCode(200).body("", hasSize(0));
    }

    private static ParcelClaim parcel(CaseEvents kase) {
        Instant shipped = Instant.now().minus(Duration.ofDays(25)).truncatedTo(ChronoUnit.MILLIS);
        UUID claimId = UUID.nameUUIDFromBytes(kase.caseId().toString().getBytes());
        return new ParcelClaim(claimId, "PCL-" + kase.caseId(), "EMS", "EE77", shipped, null,
                shipped.plus(Duration.ofDays(2)), "Leipzig", true, shipped.plus(Duration.ofDays(45)), List.of(
                        new ParcelClaim.Item(kase.orderId(), "i-1", "Earbuds", usd(12_900), usd(12_900)),
                        new ParcelClaim.Item("o-other", "i-1", "Case", usd(2_000), null)));
    }

    private static String awaitOpenDispute(UUID caseId) {
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> AGENT
                .queue(QueueFilter.ofCase(caseId).status("OPEN")).then().statusCode(200)
                .extract().<String>path("[0].disputeId"), id -> id != null);
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }
}
