package io.refunds.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final EventSchemas SCHEMAS = new EventSchemas();
    private static final UUID CASE = UUID.randomUUID();
    private static final UUID RETURN = UUID.randomUUID();
    private static final UUID DECISION = UUID.randomUUID();
    private static final UUID UPSTREAM = UUID.randomUUID();
    private static final Money PAID = Money.of(12_900, "USD");
    private static final Money CNY = Money.of(89_000, "CNY");
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private static final PaymentTerms TERMS = new PaymentTerms(new java.math.BigDecimal("0.138300"), "pi_3Q1",
            RefundDestination.ORIGINAL_PAYMENT, Money.of(89_000, "CNY"));

    static Stream<CaseEvent> samples() {
        return Stream.of(
                new IssueReported(CASE, "o-1", "i-1", "Desk lamp", "b-1", "s-1", "DEFECTIVE", "Screen cracked",
                        Remedy.PARTIAL_REFUND, Money.of(5_000, "USD"), PAID,
                        List.of(new EvidenceRef("e-1", "image/jpeg", "a".repeat(64))),
                        List.of(new EvidenceRef("qc-1", "image/png", "b".repeat(64))), NOW, TERMS),
                new IssueReported(UUID.randomUUID(), "o-1", "i-1", "Desk lamp", "b-1", "s-1", "LOST", null, Remedy.FULL_REFUND,
                        PAID, PAID, List.of(), List.of(), NOW, TERMS, null, new ParcelClaim(UUID.randomUUID(),
                                "PCL-1", "EMS", "EE123", NOW, null, null, null, true, NOW,
                                List.of(new ParcelClaim.Item("o-1", "i-1", "Desk lamp", PAID, PAID)))),
                new EvidenceAdded(CASE, "b-1", List.of(new EvidenceRef("e-2", "video/mp4", "c".repeat(64))), NOW),
                new CaseWithdrawn(CASE, "b-1", "s-1", NOW),
                new ConversationOpened(CASE, UUID.randomUUID(), "b-1", "s-1", NOW, NOW),
                new MessagePosted(CASE, UUID.randomUUID(), UUID.randomUUID(), "s-1", "SELLER", "<b>Sorry</b>",
                        List.of("e-3"), NOW),
                new OfferMade(CASE, UUID.randomUUID(), UUID.randomUUID(), "s-1", Remedy.PARTIAL_REFUND,
                        Money.of(4_000, "USD"), PAID, "Keep it, here is 40 USD", NOW),
                new OfferRejected(CASE, UUID.randomUUID(), UUID.randomUUID(), "b-1", "Too little", NOW),
                new SellerDeclined(CASE, UUID.randomUUID(), "s-1", "Worked when shipped", NOW),
                new BuyerEscalated(CASE, UUID.randomUUID(), "o-1", "i-1", "b-1", "s-1", "DEFECTIVE", PAID, null, NOW),
                new SellerReminder(CASE, UUID.randomUUID(), "s-1", NOW, NOW),
                new DisputeOverdue(CASE, UUID.randomUUID(), "a-1", NOW, NOW),
                new InformationRequested(CASE, UUID.randomUUID(), UUID.randomUUID(), "SELLER", "a-1",
                        "When did you ship it?", NOW, NOW),
                new StatementSubmitted(CASE, UUID.randomUUID(), UUID.randomUUID(), "SELLER", "s-1", "On the 3rd",
                        List.of("e-4"), false, NOW),
                new FollowUpPosted(CASE, UUID.randomUUID(), "b-1", "BUYER", "Any news?", 1, NOW),
                new AppealFiled(CASE, UUID.randomUUID(), UUID.randomUUID(), "s-1", "SELLER", "The photo is old",
                        List.of("e-9"), NOW),
                new SellerUnresponsive(CASE, UUID.randomUUID(), "o-1", "i-1", "b-1", "s-1", "DEFECTIVE", PAID, NOW, NOW),
                new DisputeOpened(UUID.randomUUID(), CASE, "o-1", "i-1", "b-1", "s-1", "DEFECTIVE",
                        DisputeOpened.DisputeTrigger.SELLER_UNRESPONSIVE, PAID, NOW, NOW),
                new NegotiationClosed(CASE, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, NOW),
                new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), CASE, "o-1", "i-1", "b-1",
                        DecisionOutcome.FULL_REFUND, PAID, PAID, null, "a-1", "Photos show the crack", NOW,
                        "s-1", TERMS, NOW.plus(java.time.Duration.ofDays(14))),
                new SettlementAgreed(UUID.randomUUID(), CASE, UUID.randomUUID(), "o-1", "i-1", "b-1", "s-1",
                        Remedy.PARTIAL_REFUND, Money.of(3_000, "USD"), PAID, NOW, null),
                new RefundIssued(UUID.randomUUID(), CASE, UUID.randomUUID(), null, "b-1", PAID, "WALLET", NOW),
                new RefundFailed(UUID.randomUUID(), CASE, UUID.randomUUID(), null, "b-1", PAID, "CARD",
                        "provider declined", 5, NOW),
                new ReturnOpened(RETURN, CASE, "decision:" + DECISION, "o-1", "i-1", "b-1", "s-1", true,
                        "BUYER_TO_WAREHOUSE", "Warehouse, 88 Jichang Rd, Guangzhou", "SELLER", NOW, false,
                        RefundRelease.NONE, null, NOW),
                new ReturnShipped(RETURN, CASE, "decision:" + DECISION, "YunExpress", "YT123", NOW, "b-1"),
                new ReturnScanned(RETURN, CASE, "decision:" + DECISION, NOW, RefundRelease.NONE),
                new ReturnReceived(RETURN, CASE, "decision:" + DECISION, Inspection.DAMAGED, List.of("e-9"),
                        "Cracked in transit", NOW, "wh-1", RefundRelease.BACK_TO_QUEUE),
                new ReturnExpired(RETURN, CASE, "settlement:" + DECISION, NOW, NOW, RefundRelease.CLOSE_UNPAID),
                new ReplacementArrived(RETURN, CASE, "decision:" + DECISION, "o-1", "i-1", "DELIVERED", NOW,
                        "platform"),
                new ReplacementOverdue(RETURN, CASE, "settlement:" + DECISION, "o-1", "i-1", NOW, NOW),
                new ParcelFound(UUID.randomUUID(), CASE, "PCL-1", "o-1", "i-1", "b-1", "Leipzig", NOW),
                new IssueReported(UUID.randomUUID(), "o-1", "i-1", "Desk lamp", "b-1", "s-1", "DEFECTIVE", null,
                        Remedy.FULL_REFUND, PAID, PAID, List.of(), List.of(), NOW, TERMS)
                        .boughtOn(new MarketplaceOrder("TAOBAO", "3801", "3802", "purchaser-1")),
                new UpstreamRefundFiled(CASE, UPSTREAM, "TAOBAO", "RF1", "o-1", "i-1", "s-1", CNY, false,
                        "WAIT_SELLER_AGREE", 100, NOW.plusSeconds(172_800), NOW),
                new UpstreamRefundChanged(CASE, UPSTREAM, "TAOBAO", "RF1", "WAIT_SELLER_AGREE", "WAIT_SELLER_AGREE",
                        101, CNY, Money.of(44_600, "CNY"), "half is fair", null, NOW.plusSeconds(3_600), NOW),
                new UpstreamRefundSucceeded(CASE, UPSTREAM, "TAOBAO", "RF1", "o-1", "i-1", "s-1", CNY, 102, NOW),
                new UpstreamRefundRefused(CASE, UPSTREAM, "TAOBAO", "RF1", "o-1", "i-1", null, "SELLER_REFUSE_BUYER",
                        "works fine", "https://standin/proof/RF1.jpg", 102, NOW));
    }

    @Test
    void everyEventTypeHasASample() {
        Map<EventType, Long> covered = samples().collect(Collectors.groupingBy(EventType::of, Collectors.counting()));
        assertEquals(EventType.values().length, covered.size());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void serialisedRecordMatchesItsSchema(CaseEvent event) throws Exception {
        String json = JSON.writeValueAsString(event);
        assertEquals(List.of(), SCHEMAS.violations(EventType.of(event), json), json);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void recordSurvivesARoundTrip(CaseEvent event) throws Exception {
        String json = JSON.writeValueAsString(event);
        assertEquals(event, JSON.readValue(json, event.getClass()));
    }

    /** The business key is derived, never sent, and the same fact read back (under any event id) has the same one. */
    @ParameterizedTest
    @MethodSource("samples")
    void theBusinessKeyIsDerivedFromTheFactAndNotSerialised(CaseEvent event) throws Exception {
        String json = JSON.writeValueAsString(event);
        assertFalse(json.contains("businessKey"), json);
        assertEquals(event.businessKey(), JSON.readValue(json, event.getClass()).businessKey());
        assertTrue(event.businessKey().length() > 10, event.businessKey());
    }

    @Test
    void distinctFactsHaveDistinctBusinessKeys() {
        List<String> keys = samples().map(CaseEvent::businessKey).toList();
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), keys.toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void schemaRejectsAMissingCaseId(CaseEvent event) {
        ObjectNode body = JSON.valueToTree(event);
        body.remove("caseId");
        assertFalse(SCHEMAS.violations(EventType.of(event), body.toString()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void schemaRejectsANegativeAmountWhereverMoneyIs(CaseEvent event) {
        ObjectNode body = JSON.valueToTree(event);
        ObjectNode money = (ObjectNode) body.findParent("minorUnits");
        if (money != null) {
            money.put("minorUnits", -1);
            assertFalse(SCHEMAS.violations(EventType.of(event), body.toString()).isEmpty());
        }
    }

    @Test
    void anExchangeRateTravelsAsAnExactDecimalString() throws Exception {
        ObjectNode terms = (ObjectNode) JSON.valueToTree(TERMS);
        assertEquals("0.1383", terms.get("exchangeRate").textValue());
        assertEquals("100", JSON.valueToTree(new PaymentTerms(new java.math.BigDecimal("1E+2"), null, null))
                .get("exchangeRate").textValue());
        terms.put("exchangeRate", 0.1383);
        ObjectNode body = JSON.valueToTree(samples().filter(IssueReported.class::isInstance).findFirst().orElseThrow());
        body.set("paymentTerms", terms);
        assertFalse(SCHEMAS.violations(EventType.ISSUE_REPORTED, body.toString()).isEmpty(),
                "a floating-point rate is refused");
    }

    @Test
    void eventsWithoutPaymentTermsMeanTheWallet() throws Exception {
        String old = "{\"exchangeRate\":null}";
        assertEquals(RefundDestination.WALLET, JSON.readValue(old, PaymentTerms.class).refundDestination());
        assertEquals(PaymentTerms.UNKNOWN, PaymentTerms.orUnknown(null));
    }

    @Test
    void aDecisionFromBeforeAppealableUntilIsValidAndReadsAsSayingNothingAboutAppeals() throws Exception {
        DecisionMade decision = (DecisionMade) samples().filter(DecisionMade.class::isInstance).findFirst().orElseThrow();
        ObjectNode body = JSON.valueToTree(decision);
        body.remove("appealableUntil");

        assertEquals(List.of(), SCHEMAS.violations(EventType.DECISION_MADE, body.toString()));
        DecisionMade old = JSON.readValue(body.toString(), DecisionMade.class);
        assertEquals(null, old.appealableUntil());
        assertEquals(decision, new DecisionMade(old.decisionId(), old.disputeId(), old.caseId(), old.orderId(),
                old.itemId(), old.buyerId(), old.outcome(), old.refundAmount(), old.amountPaid(),
                old.supersedesDecisionId(), old.decidedBy(), old.rationale(), old.decidedAt(), old.sellerId(),
                old.paymentTerms(), decision.appealableUntil()));
        body.put("appealableUntil", 14);
        assertFalse(SCHEMAS.violations(EventType.DECISION_MADE, body.toString()).isEmpty(), "an instant or null");
    }

    @Test
    void ceTypesAreVersionedAndTopicsFollowTheNamingRule() {
        for (EventType type : EventType.values()) {
            assertTrue(type.ceType().matches("refunds\\.[A-Z][A-Za-z]+\\.v\\d+"), type.ceType());
            assertTrue(type.topic().matches("refunds\\.[a-z]+(-[a-z]+)*"), type.topic());
            assertEquals(type, EventType.fromCeType(type.ceType()).orElseThrow());
        }
    }
}
