package io.refunds.order.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundLine;
import io.refunds.events.Remedy;
import io.refunds.order.fixtures.CaseEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of line, worded for the case's buyer, its seller and staff; without Kafka or a database. */
class TimelineTextTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-04T14:05:33.123456Z");
    private static final Instant APPEAL_UNTIL = DEADLINE.plus(Duration.ofDays(14));
    private static final Money NOTHING = usd(0);
    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T|\\d{2}:\\d{2}:\\d{2}");

    /** One row per code: the line, then what the buyer, the seller and staff read. */
    static Stream<Arguments> everyCodeForEveryReader() {
        return Stream.of(
                row(TimelineLine.issueReported("DEFECTIVE", Remedy.FULL_REFUND, usd(12_900), null),
                        "You reported the item as defective and asked for a full refund",
                        "The buyer reported your item as defective and asked for a full refund",
                        "The buyer reported the item as defective and asked for a full refund"),
                row(TimelineLine.evidenceAdded("SELLER", 2), "The seller added 2 photos or videos",
                        "You added 2 photos or videos", "The seller added 2 photos or videos"),
                row(TimelineLine.caseWithdrawn(), "You withdrew the case", "The buyer withdrew the case",
                        "The buyer withdrew the case"),
                row(TimelineLine.conversationOpened(DEADLINE), "The seller was asked to answer by 4 Dec 2026, 14:05 UTC",
                        "You were asked to answer the buyer by 4 Dec 2026, 14:05 UTC",
                        "The seller was asked to answer by 4 Dec 2026, 14:05 UTC"),
                row(TimelineLine.messagePosted("SELLER"), "Message from the seller", "You sent a message",
                        "Message from the seller"),
                row(TimelineLine.offerMade(Remedy.PARTIAL_REFUND, usd(4_000)),
                        "The seller offers a partial refund of 40.00 USD", "You offered a partial refund of 40.00 USD",
                        "The seller offered a partial refund of 40.00 USD"),
                row(TimelineLine.offerRejected(), "You rejected the seller's offer", "The buyer rejected your offer",
                        "The buyer rejected the seller's offer"),
                row(TimelineLine.sellerDeclined(), "The seller declined any remedy; you may escalate",
                        "You declined any remedy; the buyer may escalate",
                        "The seller declined any remedy; the buyer may escalate"),
                row(TimelineLine.buyerEscalated(), "You asked the platform to decide",
                        "The buyer asked the platform to decide", "The buyer asked the platform to decide"),
                row(TimelineLine.sellerUnresponsive(), "The seller did not answer in time", "You did not answer in time",
                        "The seller did not answer in time"),
                row(TimelineLine.settlementAgreed(Remedy.PARTIAL_REFUND, usd(3_000), null),
                        "You accepted the seller's offer: a partial refund of 30.00 USD",
                        "The buyer accepted your offer: a partial refund of 30.00 USD",
                        "The buyer accepted the seller's offer: a partial refund of 30.00 USD"),
                row(TimelineLine.disputeOpened(DEADLINE), "A support agent will decide by 4 Dec 2026, 14:05 UTC",
                        "A support agent will decide by 4 Dec 2026, 14:05 UTC",
                        "A dispute opened; an agent must decide by 4 Dec 2026, 14:05 UTC"),
                row(TimelineLine.disputeOverdue(DEADLINE),
                        "The decision due by 4 Dec 2026, 14:05 UTC is overdue; supervisors have been alerted",
                        "The decision due by 4 Dec 2026, 14:05 UTC is overdue; supervisors have been alerted",
                        "The decision due by 4 Dec 2026, 14:05 UTC is overdue; supervisors have been alerted"),
                row(TimelineLine.followUpPosted("BUYER"), "You followed up on the dispute", "Follow-up from the buyer",
                        "Follow-up from the buyer"),
                row(TimelineLine.appealFiled("BUYER"), "You appealed the decision; a supervisor will decide again",
                        "The buyer appealed the decision; a supervisor will decide again",
                        "The buyer appealed the decision; a supervisor will decide again"),
                row(line(decision().partialRefund(usd(500)).rationale("Scratches only").appealableUntil(APPEAL_UNTIL),
                                NOTHING),
                        "Decision: partial refund of 5.00 USD. Reason given: Scratches only. 5.00 USD will be refunded"
                                + " to you. You may appeal until 18 Dec 2026, 14:05 UTC.",
                        "Decision: partial refund of 5.00 USD. Reason given: Scratches only. 5.00 USD will be refunded"
                                + " to the buyer. You may appeal until 18 Dec 2026, 14:05 UTC.",
                        "Decision: partial refund of 5.00 USD. Reason given: Scratches only. 5.00 USD will be refunded"
                                + " to the buyer. Either party may appeal until 18 Dec 2026, 14:05 UTC."),
                row(TimelineLine.refundIssued(usd(500), "WALLET", "decision:d-1"), "Refunded 5.00 USD to your wallet",
                        "5.00 USD was refunded to the buyer's wallet", "5.00 USD was refunded to the buyer's wallet"),
                row(TimelineLine.refundFailed(usd(500), "ORIGINAL_PAYMENT"),
                        "Paying you 5.00 USD failed; support will retry",
                        "Paying the buyer 5.00 USD failed; support will retry",
                        "Paying the buyer 5.00 USD failed; support will retry"),
                row(TimelineLine.returnOpened("settlement:s-1", "BUYER_TO_WAREHOUSE", "88 Jichang Rd", DEADLINE,
                                "SELLER", false),
                        "Send the item back to the agent's warehouse (88 Jichang Rd) by 4 Dec 2026, 14:05 UTC;"
                                + " postage is paid by the seller; the refund is paid once it arrives as claimed",
                        "The buyer sends the item back to the agent's warehouse (88 Jichang Rd) by 4 Dec 2026, 14:05"
                                + " UTC; postage is paid by you; the refund is paid once it arrives as claimed",
                        "The buyer sends the item back to the agent's warehouse (88 Jichang Rd) by 4 Dec 2026, 14:05"
                                + " UTC; postage is paid by the seller; the refund is paid once it arrives as claimed"),
                row(TimelineLine.returnNotRequired("decision:d-1", "worth less than its postage"),
                        "You keep the item (worth less than its postage): no return is needed and the refund waits"
                                + " for nothing",
                        "The buyer keeps the item (worth less than its postage): no return is needed and the refund"
                                + " waits for nothing",
                        "The buyer keeps the item (worth less than its postage): no return is needed and the refund"
                                + " waits for nothing"),
                row(TimelineLine.returnShipped("decision:d-1", "WAREHOUSE_TO_SELLER", "SF", "SF1", null),
                        "The agent's warehouse sent the return with SF SF1 to the seller; awaited: the carrier's"
                                + " first scan and its arrival",
                        "The agent's warehouse sent the return with SF SF1 to you; awaited: the carrier's first scan"
                                + " and its arrival",
                        "The agent's warehouse sent the return with SF SF1 to the seller; awaited: the carrier's"
                                + " first scan and its arrival"),
                row(TimelineLine.returnScanned("decision:d-1", true),
                        "The carrier has the return (first scan); the refund is being paid now",
                        "The carrier has the return (first scan); the refund is being paid now",
                        "The carrier has the return (first scan); the refund is being paid now"),
                row(TimelineLine.returnReceived("decision:d-1", "BUYER_TO_WAREHOUSE", "DAMAGED", 2, "Cracked",
                                "BACK_TO_QUEUE"),
                        "The return arrived at the agent's warehouse and was inspected: damaged (2 photos); a support"
                                + " agent will decide again",
                        "The return arrived at the agent's warehouse and was inspected: damaged (2 photos); a support"
                                + " agent will decide again",
                        "The return arrived at the agent's warehouse and was inspected: damaged (2 photos); a support"
                                + " agent will decide again"),
                row(TimelineLine.returnExpired("decision:d-1", "BUYER_TO_WAREHOUSE", DEADLINE),
                        "The return was not sent by 4 Dec 2026, 14:05 UTC, so nothing is refunded for it",
                        "The return was not sent by 4 Dec 2026, 14:05 UTC; its refund is closed unpaid",
                        "The return was not sent by 4 Dec 2026, 14:05 UTC; its refund is closed unpaid"),
                row(TimelineLine.replacementAwaited("decision:d-1", "STOCKED_IN", DEADLINE),
                        "A replacement is on its way to the agent's warehouse; awaited there by 4 Dec 2026, 14:05 UTC",
                        "Send the replacement to the agent's warehouse; it must be there by 4 Dec 2026, 14:05 UTC",
                        "A replacement is awaited at the warehouse by 4 Dec 2026, 14:05 UTC"),
                row(TimelineLine.replacementArrived("settlement:s-1", "DELIVERED"),
                        "The replacement was delivered; this case is closed, and you may report a problem with it as"
                                + " with any item",
                        "The replacement was delivered; the case is closed",
                        "The replacement was delivered; the case is closed"),
                row(TimelineLine.replacementOverdue("decision:d-1", DEADLINE),
                        "The replacement did not arrive by 4 Dec 2026, 14:05 UTC; a support agent will decide a refund"
                                + " instead",
                        "The replacement did not arrive by 4 Dec 2026, 14:05 UTC; a support agent will decide the case",
                        "The replacement did not arrive by 4 Dec 2026, 14:05 UTC; the case is back in the agents'"
                                + " queue"),
                row(TimelineLine.parcelClaimed("LOST", "PCL-7", Money.of(12_900, "USD"), null),
                        "You claimed parcel PCL-7 as lost; this item is owed 129.00 USD if a support agent agrees"
                                + " — the seller is not asked",
                        "The buyer claimed the parcel your item travelled in as lost with the carrier; nothing is"
                                + " asked of you",
                        "The buyer claimed parcel PCL-7 as lost: this item is owed 129.00 USD; an agent decides"),
                row(TimelineLine.parcelFound("PCL-7", "Leipzig", DEADLINE, Money.of(12_900, "USD")),
                        "The carrier scanned parcel PCL-7 at Leipzig on 4 Dec 2026, 14:05 UTC: it was found; the"
                                + " 129.00 USD refunded for it is owed back and shown in your wallet (nothing is taken"
                                + " from your balance without you)",
                        "The carrier scanned parcel PCL-7 at Leipzig on 4 Dec 2026, 14:05 UTC: it was found",
                        "The carrier scanned parcel PCL-7 at Leipzig on 4 Dec 2026, 14:05 UTC: it was found; the buyer"
                                + " owes back the 129.00 USD refunded for it"));
    }

    @Test
    void aParcelFoundBeforeAnyRefundOwesNothingBack() {
        TimelineLine line = TimelineLine.parcelFound("PCL-8", null, DEADLINE, Money.of(0, "USD"));

        assertEquals("The carrier scanned parcel PCL-8 on 4 Dec 2026, 14:05 UTC: it was found; nothing was refunded"
                + " for it yet, and the agents are told", TimelineText.render(line, Audience.BUYER));
    }

    @ParameterizedTest
    @MethodSource("everyCodeForEveryReader")
    void eachLineReadsRightForBuyerSellerAndStaff(TimelineLine line, String buyer, String seller, String staff) {
        assertEquals(buyer, TimelineText.render(line, Audience.BUYER));
        assertEquals(seller, TimelineText.render(line, Audience.SELLER));
        assertEquals(staff, TimelineText.render(line, Audience.STAFF));
    }

    @Test
    void theTableCoversEveryCodeAndNoSentenceCarriesARawInstant() {
        Set<TimelineCode> covered = everyCodeForEveryReader().map(row -> ((TimelineLine) row.get()[0]).code())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimelineCode.class)));
        assertEquals(EnumSet.allOf(TimelineCode.class), covered);
        everyCodeForEveryReader().flatMap(row -> Stream.of(row.get()).skip(1)).forEach(text ->
                assertFalse(RAW_INSTANT.matcher((String) text).find(), text + " names an instant to the second"));
    }

    @Test
    void afterALowerAppealDecisionWhatWasRefundedStaysWithTheBuyerAndNothingMoreIsPaid() {
        TimelineLine lower = line(onAppeal().partialRefund(usd(500)).rationale("Only the case is scratched."),
                usd(1_400));
        assertEquals("Decision on appeal: partial refund of 5.00 USD. Reason given: Only the case is scratched."
                + " The 14.00 USD already refunded to you stays yours; nothing more is paid. This decision is final.",
                TimelineText.render(lower, Audience.BUYER));
        assertEquals("Decision on appeal: partial refund of 5.00 USD. Reason given: Only the case is scratched."
                + " The 14.00 USD already refunded to the buyer stays the buyer's; nothing more is paid."
                + " This decision is final.", TimelineText.render(lower, Audience.SELLER));
        assertEquals(TimelineText.render(lower, Audience.SELLER), TimelineText.render(lower, Audience.STAFF));
    }

    @Test
    void afterAHigherAppealDecisionOnlyTheDifferenceIsPaid() {
        TimelineLine higher = line(onAppeal().outcome(DecisionOutcome.FULL_REFUND, usd(2_300))
                .rationale("The video shows it never worked"), usd(1_400));
        assertEquals("Decision on appeal: full refund of 23.00 USD. Reason given: The video shows it never worked."
                + " 9.00 USD more will be paid to you (14.00 USD already refunded). This decision is final.",
                TimelineText.render(higher, Audience.BUYER));
        assertEquals("Decision on appeal: full refund of 23.00 USD. Reason given: The video shows it never worked."
                + " 9.00 USD more will be paid to the buyer (14.00 USD already refunded). This decision is final.",
                TimelineText.render(higher, Audience.SELLER));
        assertEquals(TimelineText.render(higher, Audience.SELLER), TimelineText.render(higher, Audience.STAFF));
    }

    @Test
    void anAppealDecisionUpholdingWhatWasPaidPaysNothingMore() {
        TimelineLine same = line(onAppeal().outcome(DecisionOutcome.FULL_REFUND, usd(1_400)).rationale("Confirmed"),
                usd(1_400));
        assertEquals("Decision on appeal: full refund of 14.00 USD. Reason given: Confirmed. The 14.00 USD already"
                + " refunded to you stays yours; nothing more is paid. This decision is final.",
                TimelineText.render(same, Audience.BUYER));
    }

    @Test
    void aRejectionRefundsNothingAndMayBeAppealed() {
        TimelineLine rejected = line(decision().outcome(DecisionOutcome.REJECTED, null).rationale("No fault found")
                .appealableUntil(APPEAL_UNTIL), NOTHING);
        assertEquals("Decision: claim rejected. Reason given: No fault found. Nothing is refunded to you."
                + " You may appeal until 18 Dec 2026, 14:05 UTC.", TimelineText.render(rejected, Audience.BUYER));
        assertEquals("Decision: claim rejected. Reason given: No fault found. Nothing is refunded to the buyer."
                + " Either party may appeal until 18 Dec 2026, 14:05 UTC.", TimelineText.render(rejected, Audience.STAFF));
    }

    @Test
    void aReplacementRefundsNothingAndMayBeAppealed() {
        TimelineLine replacement = line(decision().outcome(DecisionOutcome.REPLACEMENT, null)
                .rationale("A new one ships").appealableUntil(APPEAL_UNTIL), NOTHING);
        assertEquals("Decision: replacement. Reason given: A new one ships. Nothing is refunded to the buyer."
                + " You may appeal until 18 Dec 2026, 14:05 UTC.", TimelineText.render(replacement, Audience.SELLER));
    }

    @Test
    void aDecisionFromBeforeAppealDeadlinesSaysNothingAboutAppealsAndABlankRationaleIsLeftOut() {
        TimelineLine legacy = line(decision().partialRefund(usd(8_000)).rationale(" "), NOTHING);
        assertEquals("Decision: partial refund of 80.00 USD. 80.00 USD will be refunded to you.",
                TimelineText.render(legacy, Audience.BUYER));
    }

    @Test
    void aDecisionLineWithoutWhatTheCaseHadRefundedSaysNothingAboutMoney() {
        TimelineLine unknownMoney = new TimelineLine(TimelineCode.DECISION_MADE,
                TimelineParams.NONE.withOutcome("FULL_REFUND", "Broken", false).withAmount(usd(12_900)));
        assertEquals("Decision: full refund of 129.00 USD. Reason given: Broken.",
                TimelineText.render(unknownMoney, Audience.STAFF));
    }

    @Test
    void amountsUseTheirCurrencysDecimals() {
        assertEquals("Refunded 14.00 USD to your wallet", refunded(Money.of(1_400, "USD")));
        assertEquals("Refunded 1400 JPY to your wallet", refunded(Money.of(1_400, "JPY")));
        assertEquals("Refunded 1.400 BHD to your wallet", refunded(Money.of(1_400, "BHD")));
        assertEquals("Refunded 1400 XAU to your wallet", refunded(Money.of(1_400, "XAU")), "non-tender: no decimals");
        assertEquals("Refunded 14.00 XYZ to your wallet", refunded(Money.of(1_400, "XYZ")),
                "a code the JDK does not know: two decimals, as ISO-4217 assigns most");
    }

    @Test
    void deadlinesAreWrittenToTheMinuteInUtc() {
        assertEquals("9 Jan 2027, 00:00 UTC", TimelineText.at(Instant.parse("2027-01-09T00:00:59.999999Z")));
    }

    @Test
    void aRefundToTheOriginalPaymentSaysSo() {
        assertEquals("Refunded 5.00 USD to your original payment method",
                TimelineText.render(TimelineLine.refundIssued(usd(500), "ORIGINAL_PAYMENT", "settlement:s-1"), Audience.BUYER));
    }

    @Test
    void partiesNameThemselvesYouAndOthersByTheirRole() {
        assertEquals("Message from the support agent",
                TimelineText.render(TimelineLine.messagePosted("AGENT"), Audience.BUYER));
        assertEquals("You sent a message", TimelineText.render(TimelineLine.messagePosted("BUYER"), Audience.BUYER));
        assertEquals("Message from the buyer", TimelineText.render(TimelineLine.messagePosted("BUYER"), Audience.STAFF));
        assertEquals("You appealed the decision; a supervisor will decide again",
                TimelineText.render(TimelineLine.appealFiled("SELLER"), Audience.SELLER));
        assertEquals("The seller appealed the decision; a supervisor will decide again",
                TimelineText.render(TimelineLine.appealFiled("SELLER"), Audience.BUYER));
        assertEquals("You added 1 photo or video",
                TimelineText.render(TimelineLine.evidenceAdded("BUYER", 1), Audience.BUYER));
        assertEquals("You reported the item as not as described and asked for a partial refund of 50.00 USD",
                TimelineText.render(TimelineLine.issueReported("NOT_AS_DESCRIBED", Remedy.PARTIAL_REFUND, usd(5_000), null),
                        Audience.BUYER));
    }

    @Test
    void aQuoteOrSettlementWithCostLinesSaysWhatEachGivesBackWhoBearsItAndWhatIsKept() {
        RefundBreakdown quote = new RefundBreakdown(List.of(
                new RefundLine("ITEM", usd(2_000), null, usd(2_000), "SELLER"),
                new RefundLine("SERVICE_FEE", usd(100), null, usd(100), "AGENT"),
                new RefundLine("QC_FEE", usd(50), null, usd(0), null)),
                List.of(new RefundDeduction("RETURN_SHIPPING", usd(170))), usd(1_930));

        assertEquals("You reported the item as qc defect and asked for a return and refund of 19.30 USD. Refunded:"
                + " item 20.00 USD (from the seller), service fee 1.00 USD (borne by the agent); not refunded: QC fee;"
                + " return shipping of 1.70 USD kept by the agent.",
                TimelineText.render(TimelineLine.issueReported("QC_DEFECT", Remedy.RETURN_AND_REFUND, usd(1_930),
                        quote), Audience.BUYER));
        assertEquals("The buyer accepted your offer: a partial refund of 21.00 USD. Refunded: item 20.00 USD (from"
                + " the seller), service fee 1.00 USD (borne by the agent); not refunded: QC fee.",
                TimelineText.render(TimelineLine.settlementAgreed(Remedy.PARTIAL_REFUND, usd(2_100),
                        new RefundBreakdown(quote.lines(), List.of(), usd(2_100))), Audience.SELLER));
    }

    @Test
    void anItemWhoseOnlyLineIsItsPriceSaysNoMoreThanTheAmount() {
        RefundBreakdown price = new RefundBreakdown(List.of(new RefundLine("ITEM", usd(2_000), null, usd(2_000),
                "SELLER")), List.of(), usd(2_000));

        assertEquals("You accepted the seller's offer: a full refund of 20.00 USD",
                TimelineText.render(TimelineLine.settlementAgreed(Remedy.FULL_REFUND, usd(2_000), price),
                        Audience.BUYER));
    }

    @Test
    void readersAreTheCasesBuyerItsSellerOrStaff() {
        assertEquals(Audience.BUYER, Audience.of("b-1", "b-1", "s-1"));
        assertEquals(Audience.SELLER, Audience.of("s-1", "b-1", "s-1"));
        assertEquals(Audience.STAFF, Audience.of("a-1", "b-1", "s-1"));
    }

    private static String refunded(Money amount) {
        return TimelineText.render(TimelineLine.refundIssued(amount, "WALLET", "decision:d-1"), Audience.BUYER);
    }

    /** A first decision, as dispute-service makes it (decided at {@link #DEADLINE}). */
    private static CaseEvents.Decision decision() {
        return CaseEvents.about(UUID.randomUUID()).paid(usd(2_300)).decision().by("a-1").decidedAt(DEADLINE);
    }

    /** A decision on appeal: it supersedes the first. */
    private static CaseEvents.Decision onAppeal() {
        return decision().supersedes(UUID.randomUUID());
    }

    /** The decision's line on a case that had refunded {@code refundedBefore} when it arrived. */
    private static TimelineLine line(CaseEvents.Decision decision, Money refundedBefore) {
        return TimelineLine.decisionMade(decision.build()).onCaseThatRefunded(refundedBefore);
    }

    private static Arguments row(TimelineLine line, String buyer, String seller, String staff) {
        return Arguments.of(line, buyer, seller, staff);
    }

    private static Money usd(long minorUnits) {
        return Money.of(minorUnits, "USD");
    }
}
