package io.refunds.order.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.ParcelFound;
import io.refunds.events.RefundDestination;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.order.ItemCostLine;
import io.refunds.order.order.OrderItem;
import io.refunds.order.parcels.ParcelClaimRecord;
import io.refunds.order.policy.Bearer;
import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.CostQuote;
import io.refunds.order.policy.Fault;
import io.refunds.order.policy.ParcelClaimReason;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.order.policy.ParcelPolicy;
import io.refunds.platform.api.LineKind;
import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a parcel claim and of finding a parcel claimed lost, without Kafka, a database or HTTP. */
class ParcelClaimRulesTest {

    private static final Instant SHIPPED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant NOW = SHIPPED.plus(Duration.ofDays(25));
    private static final ParcelPolicy POLICY = new ParcelPolicy(Duration.ofDays(45), Duration.ofDays(7),
            Duration.ofDays(20),
            new CostQuote.Rule(Map.of(LineKind.ITEM, Bearer.CARRIER, LineKind.INTERNATIONAL_SHIPPING, Bearer.CARRIER),
                    List.of()),
            new CostQuote.Rule(Map.of(LineKind.INTERNATIONAL_SHIPPING, Bearer.AGENT), List.of()));

    @Test
    void aLostParcelOpensOneCasePerItemInTransitOwedWhatItsInsurancePays() {
        OrderItem insured = item("o-1", 10_000L);
        OrderItem uninsured = item("o-2", null);
        Evidence photo = upload("b-1");

        ParcelClaimRules.Opened opened = ParcelClaimRules.open(claim(ParcelClaimReason.LOST, List.of(
                claimed(insured, false), claimed(uninsured, false)), List.of(photo), RefundDestination.WALLET), NOW);

        assertEquals(2, opened.cases().size());
        RefundCase first = opened.cases().get(0);
        assertEquals(ClaimStage.IN_TRANSIT, first.claimStage());
        assertEquals(Fault.CARRIER, first.fault());
        assertEquals(10_000, first.requested().minorUnits());
        assertEquals(1_000, opened.cases().get(1).requested().minorUnits());
        assertEquals(CaseStatus.REPORTED, first.status());
        assertEquals(opened.claim().id(), first.parcelClaimId());
        assertEquals(first.id(), photo.caseId, "the photos join the first item's case");
        IssueReported second = (IssueReported) opened.announcements().get(1).get(0).event();
        assertEquals("LOST", second.reason());
        assertEquals(2, second.parcel().items().size());
        assertEquals(photo.id.toString(), second.evidence().get(0).evidenceId());
        assertEquals(SHIPPED.plus(Duration.ofDays(45)), second.parcel().claimableUntil());
        assertNull(second.parcel().items().get(1).insured());
        assertTrue(second.quote().lines().stream().filter(line -> line.refund() != null
                && line.refund().minorUnits() > 0).allMatch(line -> "AGENT".equals(line.bearer())));
    }

    @Test
    void aParcelWithAnItemInAnOpenCaseIsNotClaimed() {
        refused(409, "OPEN_CASE_EXISTS", () -> ParcelClaimRules.open(claim(ParcelClaimReason.LOST, List.of(
                claimed(item("o-1", 10_000L), false), claimed(item("o-2", null), true)), List.of(),
                RefundDestination.WALLET), NOW));
    }

    @Test
    void aRefundToTheCardNeedsEveryItemsPaymentReference() {
        OrderItem withoutReference = item("o-2", null);
        withoutReference.paymentReference = null;

        refused(422, "ORIGINAL_PAYMENT_UNKNOWN", () -> ParcelClaimRules.open(claim(ParcelClaimReason.SEIZED, List.of(
                claimed(item("o-1", 10_000L), false), claimed(withoutReference, false)), List.of(),
                RefundDestination.ORIGINAL_PAYMENT), NOW));
    }

    @Test
    void aParcelWhoseItemsArePaidNothingIsNotClaimed() {
        OrderItem noLines = item("o-1", null);

        refused(422, "NOTHING_REFUNDABLE", () -> ParcelClaimRules.open(new ParcelClaimRules.Claim(UUID.randomUUID(),
                "b-1", new ParcelClaimRequest(ParcelClaimReason.SEIZED, null, null, null), parcel(),
                null, List.of(new ParcelClaimRules.ClaimedItem(noLines, ParcelClaims.payout(List.of(), "USD", null,
                        POLICY), List.of(), false)), List.of(), List.of(), POLICY, 1), NOW));
    }

    @Test
    void aParcelClaimedLostIsFoundOnceAndEachCaseSaysWhatItWasRefunded() {
        ParcelClaimRules.Opened opened = ParcelClaimRules.open(claim(ParcelClaimReason.LOST, List.of(
                claimed(item("o-1", 10_000L), false), claimed(item("o-2", null), false)), List.of(),
                RefundDestination.WALLET), NOW);
        ParcelClaimRecord lost = opened.claim();
        opened.cases().get(0).refundedMinor = 10_000;
        Instant foundAt = NOW.plus(Duration.ofDays(2));

        List<List<Announcement>> found = ParcelClaimRules.found(lost, opened.cases(), foundAt, "Leipzig", foundAt);

        assertEquals(2, found.size());
        ParcelFound first = (ParcelFound) found.get(0).get(0).event();
        assertEquals(lost.id(), first.claimId());
        assertEquals("Leipzig", first.location());
        assertEquals(Money.of(10_000, "USD"), found.get(0).get(0).line().params().amount());
        assertEquals(foundAt, lost.foundAt());
        assertEquals(List.of(), ParcelClaimRules.found(lost, opened.cases(), foundAt.plusSeconds(60), "Later",
                foundAt));
        assertEquals("Leipzig", lost.foundLocation());
    }

    private static ParcelClaimRules.Claim claim(ParcelClaimReason reason, List<ParcelClaimRules.ClaimedItem> items,
            List<Evidence> uploads, RefundDestination destination) {
        return new ParcelClaimRules.Claim(UUID.randomUUID(), "b-1", new ParcelClaimRequest(reason, "Never came",
                uploads.stream().map(upload -> upload.id).toList(), destination), parcel(), "Leipzig", items,
                List.of(), uploads, POLICY, 1);
    }

    private static ParcelClaims.Parcel parcel() {
        return new ParcelClaims.Parcel("PCL-1", SHIPPED, null, SHIPPED.plus(Duration.ofDays(2)), false);
    }

    private static ParcelClaimRules.ClaimedItem claimed(OrderItem item, boolean openCase) {
        List<ItemCostLine> lines = List.of(line(item, LineKind.ITEM, 9_000),
                line(item, LineKind.INTERNATIONAL_SHIPPING, 1_000));
        Money insured = item.insuredMinor == null ? null : Money.of(item.insuredMinor, "USD");
        return new ParcelClaimRules.ClaimedItem(item, ParcelClaims.payout(lines, "USD", insured, POLICY), List.of(),
                openCase);
    }

    private static OrderItem item(String orderId, Long insured) {
        OrderItem item = new OrderItem();
        item.orderId = orderId;
        item.itemId = "i-1";
        item.sellerId = "s-1";
        item.title = "Earbuds";
        item.paidMinor = 10_000;
        item.paidCurrency = "USD";
        item.paymentReference = "pi_1";
        item.parcelId = "PCL-1";
        item.parcelCarrier = "EMS";
        item.parcelTracking = "EE1";
        item.shippedAbroadAt = SHIPPED;
        item.insuredMinor = insured;
        item.insuredCurrency = insured == null ? null : "USD";
        return item;
    }

    private static ItemCostLine line(OrderItem item, LineKind kind, long minorUnits) {
        return ItemCostLine.of(item, kind, Money.of(minorUnits, "USD"), null, Instant.EPOCH);
    }

    private static Evidence upload(String uploadedBy) {
        return Uploads.photo(uploadedBy, NOW);
    }

    private static void refused(int status, String rule, org.junit.jupiter.api.function.Executable step) {
        ApiException refused = assertThrows(ApiException.class, step);
        assertEquals(status, refused.problem().status());
        assertEquals(rule, refused.problem().rule());
    }
}
