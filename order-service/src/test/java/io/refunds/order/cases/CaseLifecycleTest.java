package io.refunds.order.cases;

import static io.refunds.order.fixtures.CaseEvents.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.CaseWithdrawn;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.EvidenceAdded;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.cases.CaseLifecycle.Applied;
import io.refunds.order.cases.CaseLifecycle.Opened;
import io.refunds.order.cases.CaseLifecycle.Report;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidencePurpose;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.order.OrderItem;
import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.Eligibility;
import io.refunds.order.policy.EligibilityRule;
import io.refunds.order.policy.Fault;
import io.refunds.order.timeline.TimelineCode;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.inbox.PoisonMessageException;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.problem.Problem;
import io.refunds.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The case's rules, without Kafka, a database or HTTP: what each step changes, announces, or refuses. */
class CaseLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final UUID CASE_ID = UUID.randomUUID();
    private static final Eligibility ELIGIBLE = new Eligibility(true, EligibilityRule.WITHIN_WINDOW,
            "the window for electronics of 14 days from receipt ends at …", NOW.plus(Duration.ofDays(12)),
            Set.of(Remedy.FULL_REFUND, Remedy.PARTIAL_REFUND, Remedy.RETURN_AND_REFUND), 1, ClaimStage.AFTER_DELIVERY,
            Fault.SELLER, Set.of("DEFECTIVE"), null);

    private final CaseEvents events = CaseEvents.about(CASE_ID);
    private final OrderItem item = item();
    private final Evidence photo = upload("b-1");

    // Opening a case

    @Test
    void aReportOpensAReportedCaseForTheItemsParties() {
        RefundCase opened = open(report().outcome(Remedy.PARTIAL_REFUND, 5_000)).refundCase();

        assertEquals(CaseStatus.REPORTED, opened.status);
        assertEquals(CASE_ID, opened.id);
        assertEquals("s-1", opened.parties.sellerId());
        assertEquals(usd(12_900), opened.paid());
        assertEquals(usd(5_000), opened.requested());
        assertEquals(usd(0), opened.refunded());
        assertEquals(NOW, opened.reportedAt);
    }

    @Test
    void aReportAnnouncesIssueReportedWithTheEvidenceAndTheWarehousePhotos() {
        Evidence qcPhoto = upload("warehouse");
        qcPhoto.purpose = EvidencePurpose.QC_PHOTO;

        Announcement announced = open(report().qcPhotos(qcPhoto)).announcements().get(0);

        IssueReported event = (IssueReported) announced.event();
        assertEquals(List.of(photo.ref()), event.evidence());
        assertEquals(List.of(qcPhoto.ref()), event.qcPhotos());
        assertEquals(usd(12_900), event.amountPaid());
        assertEquals(usd(12_900), event.requestedAmount());
        assertEquals(RefundDestination.WALLET, event.paymentTerms().refundDestination());
        assertEquals(NOW, event.reportedAt());
        assertEquals("IssueReported", announced.eventType());
        assertEquals("b-1", announced.actor());
        assertEquals(TimelineLine.issueReported("DEFECTIVE", Remedy.FULL_REFUND, usd(12_900), null), announced.line());
    }

    @Test
    void theBuyersEvidenceJoinsTheOpenedCase() {
        Opened opened = open(report());

        assertEquals(List.of(photo), opened.evidence());
        assertEquals(CASE_ID, photo.caseId);
    }

    @Test
    void anItemWithAnOpenCaseIsAConflict() {
        Eligibility open = new Eligibility(false, EligibilityRule.OPEN_CASE_EXISTS, "the item already has an open case",
                null, ELIGIBLE.allowedOutcomes(), 1, ClaimStage.AFTER_DELIVERY, Fault.SELLER, Set.of("DEFECTIVE"), null);

        assertRefused(409, "OPEN_CASE_EXISTS", "itemId", "the item already has an open case",
                () -> open(report().eligibility(open)));
    }

    @Test
    void anItemThePolicyRefusesIsRefusedByItsRule() {
        Eligibility expired = new Eligibility(false, EligibilityRule.WINDOW_EXPIRED, "the default window ended",
                NOW.minusSeconds(1), ELIGIBLE.allowedOutcomes(), 1, ClaimStage.AFTER_DELIVERY, Fault.SELLER,
                Set.of("DEFECTIVE"), null);

        assertRefused(422, "WINDOW_EXPIRED", "itemId", "the default window ended", () -> open(report().eligibility(expired)));
    }

    @Test
    void aRemedyTheReasonDoesNotAllowIsRefused() {
        assertRefused(422, "OUTCOME_NOT_ALLOWED", "requestedOutcome",
                "DEFECTIVE allows " + ELIGIBLE.allowedOutcomes() + ", not REPLACEMENT",
                () -> open(report().outcome(Remedy.REPLACEMENT, null)));
    }

    @Test
    void anAmountAboveWhatWasPaidIsRefused() {
        assertInvalid("requestedAmount.minorUnits", () -> open(report().outcome(Remedy.PARTIAL_REFUND, 12_901)));
    }

    @Test
    void aFullRefundIsWhatTheQuoteRefundsNotAllThatWasPaid() {
        IssueReported reported = (IssueReported) open(report().outcome(Remedy.FULL_REFUND, null)
                .refundable(Money.of(11_000, "USD"))).announcements().get(0).event();

        assertEquals(Money.of(11_000, "USD"), reported.requestedAmount());
    }

    @Test
    void anAmountAboveWhatTheQuoteRefundsIsRefused() {
        assertInvalid("requestedAmount.minorUnits", () -> open(report().outcome(Remedy.PARTIAL_REFUND, 11_001)
                .refundable(Money.of(11_000, "USD"))));
    }

    @Test
    void aClaimWhoseQuoteRefundsNothingIsRefusedUnlessItAsksForAnExchange() {
        assertRefused(422, "NOTHING_REFUNDABLE", "requestedOutcome",
                "for DEFECTIVE at this stage no cost line of the item is refunded; see its quote",
                () -> open(report().outcome(Remedy.FULL_REFUND, null).refundable(Money.of(0, "USD"))));
    }

    @Test
    void aPartialRefundMustNameItsAmount() {
        assertInvalid("requestedAmount", () -> open(report().outcome(Remedy.PARTIAL_REFUND, null)));
    }

    @Test
    void tooFewPhotosOrVideosAreRefused() {
        assertRefused(422, "EVIDENCE_REQUIRED", "evidenceIds", "DEFECTIVE needs at least 1 photo(s) or video(s)",
                () -> open(report().evidence()));
    }

    @Test
    void aRefundToTheOriginalPaymentNeedsItsReference() {
        item.paymentReference = null;

        assertRefused(422, "ORIGINAL_PAYMENT_UNKNOWN", "refundDestination",
                "the item's payment has no provider reference; the refund can go to the wallet",
                () -> open(report().destination(RefundDestination.ORIGINAL_PAYMENT)));
    }

    @Test
    void theSameUploadTwiceIsRefused() {
        assertInvalid("evidenceIds", () -> open(report().evidence(photo, photo)));
    }

    @Test
    void someoneElsesUploadIsRefusedNamingItsPlace() {
        Evidence strangers = upload("b-stranger");

        assertInvalid("evidenceIds[1]", () -> open(report().evidence(photo, strangers)));
        assertNull(photo.caseId, "nothing joins a refused case");
    }

    @Test
    void anUploadAlreadyOnACaseIsRefused() {
        photo.caseId = UUID.randomUUID();

        ApiException refused = assertThrows(ApiException.class, () -> open(report()));

        assertEquals(List.of(new Violation("evidenceIds[0]", "is already attached to a case")),
                refused.problem().violations());
    }

    @Test
    void aWarehousePhotoIsNoEvidenceOfTheBuyers() {
        photo.purpose = EvidencePurpose.QC_PHOTO;

        assertInvalid("evidenceIds[0]", () -> open(report()));
    }

    // Adding evidence

    @Test
    void aPartyAddsTheirUploadsToAnOpenCase() {
        RefundCase refundCase = reported();
        Evidence sellers = upload("s-1");

        Announcement announced = CaseLifecycle.addEvidence(refundCase, "s-1", List.of(sellers.id), List.of(sellers),
                NOW.plusSeconds(5)).get(0);

        assertEquals(CASE_ID, sellers.caseId);
        assertEquals(new EvidenceAdded(CASE_ID, "s-1", List.of(sellers.ref()), NOW.plusSeconds(5)), announced.event());
        assertEquals(TimelineLine.evidenceAdded("SELLER", 1), announced.line());
        assertEquals(NOW.plusSeconds(5), refundCase.updatedAt);
    }

    @Test
    void aClosedCaseTakesNoMoreEvidence() {
        RefundCase refundCase = reported();
        refundCase.status = CaseStatus.CLOSED;
        Evidence more = upload("b-1");

        assertRefused(409, null, null, "the case is CLOSED and takes no more evidence",
                () -> CaseLifecycle.addEvidence(refundCase, "b-1", List.of(more.id), List.of(more), NOW));
    }

    // Withdrawing

    @Test
    void theBuyerWithdrawsTheCaseWhichClosesAndWaitsForNothing() {
        RefundCase refundCase = inStage(CaseStatus.IN_DISPUTE);

        Announcement announced = CaseLifecycle.withdraw(refundCase, "b-1", NOW).get(0);

        assertEquals(CaseStatus.CLOSED, refundCase.status);
        assertNull(refundCase.nextDeadlineAt);
        assertNull(refundCase.nextDeadlineKind);
        assertEquals(new CaseWithdrawn(CASE_ID, "b-1", "s-1", NOW), announced.event());
        assertEquals(TimelineLine.caseWithdrawn(), announced.line());
    }

    @Test
    void onlyTheBuyerWithdraws() {
        assertRefused(403, null, null, "only the buyer may withdraw the case",
                () -> CaseLifecycle.withdraw(reported(), "s-1", NOW));
    }

    @Test
    void aDecidedCaseCanNoLongerBeWithdrawn() {
        assertRefused(409, null, null, "a DECIDED case can no longer be withdrawn",
                () -> CaseLifecycle.withdraw(inStage(CaseStatus.DECIDED), "b-1", NOW));
    }

    // Applying other services' events

    @Test
    void aCaseOnlyMovesForwardWhateverOrderEventsArriveIn() {
        RefundCase refundCase = inStage(CaseStatus.IN_DISPUTE);

        CaseLifecycle.apply(refundCase, CaseChange.of(events.sellerUnresponsive(NOW, NOW)), 0, NOW);

        assertEquals(CaseStatus.IN_DISPUTE, refundCase.status);
    }

    @Test
    void aDisputeOpenedAgainAfterTheOutcomeReopensADecidedCase() {
        assertReopened(inStage(CaseStatus.DECIDED), DisputeOpened.DisputeTrigger.RETURN_INSPECTION);
    }

    @Test
    void aDisputeOpenedAgainAfterTheOutcomeReopensASettledCase() {
        assertReopened(inStage(CaseStatus.SETTLED), DisputeOpened.DisputeTrigger.REPLACEMENT_OVERDUE);
    }

    private void assertReopened(RefundCase refundCase, DisputeOpened.DisputeTrigger trigger) {
        Instant due = NOW.plus(Duration.ofHours(72));

        CaseLifecycle.apply(refundCase, CaseChange.of(events.disputeOpened(UUID.randomUUID(), trigger, due, NOW)), 0,
                NOW);

        assertEquals(CaseStatus.IN_DISPUTE, refundCase.status);
        assertTrue(refundCase.status.isOpen(), "back in the queue, the case is open again");
        assertEquals(due, refundCase.nextDeadlineAt);
    }

    @Test
    void aLateFirstDisputeDoesNotReopenADecidedCase() {
        RefundCase refundCase = inStage(CaseStatus.DECIDED);

        CaseLifecycle.apply(refundCase, CaseChange.of(events.disputeOpened(UUID.randomUUID(), NOW, NOW)), 0, NOW);

        assertEquals(CaseStatus.DECIDED, refundCase.status);
    }

    @Test
    void anEventThatReachesTheCasesStageSetsItsDeadline() {
        RefundCase refundCase = reported();
        Instant due = NOW.plus(Duration.ofHours(48));

        CaseLifecycle.apply(refundCase, CaseChange.of(events.conversationOpened(due, NOW)), 0, NOW);

        assertEquals(CaseStatus.AWAITING_SELLER, refundCase.status);
        assertEquals("SELLER_RESPONSE", refundCase.nextDeadlineKind);
        assertEquals(due, refundCase.nextDeadlineAt);
    }

    @Test
    void theAwaitedAnswerClearsTheDeadline() {
        RefundCase refundCase = awaitingSeller();

        CaseLifecycle.apply(refundCase, CaseChange.of(events.message("SELLER", List.of(), NOW)), 0, NOW);

        assertNull(refundCase.nextDeadlineAt);
        assertNull(refundCase.nextDeadlineKind);
    }

    @Test
    void theBuyersOwnMessageKeepsTheSellersDeadline() {
        RefundCase refundCase = awaitingSeller();
        Instant due = refundCase.nextDeadlineAt;

        CaseLifecycle.apply(refundCase, CaseChange.of(events.message("BUYER", List.of(), NOW)), 0, NOW);

        assertEquals(due, refundCase.nextDeadlineAt);
    }

    @Test
    void aLateEventOfAnEarlierStageLeavesTheDeadlineOfTheCurrentOne() {
        RefundCase refundCase = inStage(CaseStatus.IN_DISPUTE);
        refundCase.nextDeadlineKind = "DECISION";
        refundCase.nextDeadlineAt = NOW.plus(Duration.ofHours(72));

        CaseLifecycle.apply(refundCase, CaseChange.of(events.conversationOpened(NOW.plusSeconds(60), NOW)), 0, NOW);

        assertEquals("DECISION", refundCase.nextDeadlineKind);
        assertEquals(NOW.plus(Duration.ofHours(72)), refundCase.nextDeadlineAt);
    }

    @Test
    void aRefundCountsItsMoneyOnTheCase() {
        RefundCase refundCase = inStage(CaseStatus.DECIDED);

        Applied applied = CaseLifecycle.apply(refundCase, CaseChange.of(events.refund().amount(usd(8_000)).build()), 0,
                NOW);

        assertEquals(usd(8_000), applied.refunded());
        assertEquals(usd(8_000), refundCase.refunded());
        assertEquals(CaseStatus.REFUNDED, refundCase.status);
    }

    @Test
    void aRefundAboveWhatWasPaidIsPoisonAndChangesNothing() {
        RefundCase refundCase = inStage(CaseStatus.DECIDED);
        CaseChange overRefund = CaseChange.of(events.refund().amount(usd(12_901)).build());

        PoisonMessageException poison = assertThrows(PoisonMessageException.class,
                () -> CaseLifecycle.apply(refundCase, overRefund, 0, NOW));

        assertTrue(poison.getMessage().contains("exceed"), poison.getMessage());
        assertEquals(usd(0), refundCase.refunded());
        assertEquals(CaseStatus.DECIDED, refundCase.status);
    }

    @Test
    void aRefundInAnotherCurrencyIsPoison() {
        CaseChange inEuros = CaseChange.of(events.refund().amount(Money.of(100, "EUR")).build());

        assertThrows(PoisonMessageException.class, () -> CaseLifecycle.apply(inStage(CaseStatus.DECIDED), inEuros, 0,
                NOW));
    }

    @Test
    void twoRefundsTogetherNeverExceedWhatWasPaid() {
        RefundCase refundCase = inStage(CaseStatus.DECIDED);
        CaseLifecycle.apply(refundCase, CaseChange.of(events.refund().amount(usd(12_900)).build()), 0, NOW);

        assertThrows(PoisonMessageException.class, () -> CaseLifecycle.apply(refundCase,
                CaseChange.of(events.refund().amount(usd(1)).build()), 0, NOW));
    }

    @Test
    void aDecisionsLineSaysWhatWasRefundedBeforeItNotCountingItsOwnRefund() {
        RefundCase refundCase = inStage(CaseStatus.IN_DISPUTE);
        refundCase.refundedMinor = 1_400;

        Applied applied = CaseLifecycle.apply(refundCase,
                CaseChange.of(events.decision().partialRefund(usd(500)).build()), 400, NOW);

        assertEquals(usd(1_000), applied.line().params().refundedBefore());
        assertNull(applied.refunded());
    }

    @Test
    void aRejectedClaimEndsRejected() {
        RefundCase refundCase = inStage(CaseStatus.IN_DISPUTE);

        CaseLifecycle.apply(refundCase, CaseChange.of(events.decision()
                .outcome(DecisionOutcome.REJECTED, null).build()), 0, NOW);

        assertEquals(CaseStatus.REJECTED, refundCase.status);
    }

    @Test
    void anAppliedEventsLineIsItsOwn() {
        Applied applied = CaseLifecycle.apply(reported(), CaseChange.of(events.sellerUnresponsive(NOW, NOW)), 0, NOW);

        assertEquals(TimelineCode.SELLER_UNRESPONSIVE, applied.line().code());
    }

    // A conversation message's evidence

    @Test
    void aMessagesEvidenceJoinsTheCaseWhenItIsTheAuthorsUnattachedUpload() {
        Evidence authors = upload("s-1");
        Evidence someoneElses = upload("b-1");
        Evidence onAnotherCase = upload("s-1");
        UUID anotherCase = UUID.randomUUID();
        onAnotherCase.caseId = anotherCase;

        CaseLifecycle.attachFromMessage(CASE_ID, "s-1", List.of(authors, someoneElses, onAnotherCase));

        assertEquals(CASE_ID, authors.caseId);
        assertNull(someoneElses.caseId);
        assertEquals(anotherCase, onAnotherCase.caseId);
    }

    // Helpers

    private Opened open(ReportBuilder report) {
        return CaseLifecycle.open(report.build(), NOW);
    }

    private ReportBuilder report() {
        return new ReportBuilder();
    }

    private RefundCase reported() {
        return open(report()).refundCase();
    }

    private RefundCase inStage(CaseStatus status) {
        RefundCase refundCase = reported();
        refundCase.status = status;
        return refundCase;
    }

    private RefundCase awaitingSeller() {
        RefundCase refundCase = reported();
        CaseLifecycle.apply(refundCase, CaseChange.of(events.conversationOpened(NOW.plus(Duration.ofHours(48)), NOW)),
                0, NOW);
        return refundCase;
    }

    private static OrderItem item() {
        OrderItem item = new OrderItem();
        item.orderId = "o-1";
        item.itemId = "i-1";
        item.sellerId = "s-1";
        item.title = "Wireless earbuds";
        item.category = "electronics";
        item.quantity = 1;
        item.unitPriceMinor = 89_000;
        item.unitPriceCurrency = "CNY";
        item.paidMinor = 12_900;
        item.paidCurrency = "USD";
        item.exchangeRate = new BigDecimal("0.1383");
        item.paymentReference = "pi_1";
        item.receivedAt = NOW.minus(Duration.ofDays(2));
        return item;
    }

    private static Evidence upload(String uploadedBy) {
        return Uploads.photo(uploadedBy, NOW);
    }

    private static void assertRefused(int status, String rule, String field, String detail, Executable step) {
        Problem problem = assertThrows(ApiException.class, step).problem();
        assertEquals(status, problem.status());
        assertEquals(rule, problem.rule());
        assertEquals(detail, problem.detail());
        assertEquals(field == null ? List.of() : List.of(new Violation(field, detail)), problem.violations());
    }

    private static void assertInvalid(String field, Executable step) {
        Problem problem = assertThrows(ApiException.class, step).problem();
        assertEquals(400, problem.status());
        assertEquals(List.of(field), problem.violations().stream().map(Violation::field).toList());
    }

    /** A buyer's report of item i-1 with one photo of theirs: defective, a full refund to the wallet, by default. */
    private final class ReportBuilder {

        private Remedy outcome;
        private MoneyInput amount;
        private RefundDestination destination;
        private Eligibility eligibility = ELIGIBLE;
        private List<Evidence> evidence = List.of(photo);
        private List<Evidence> qcPhotos = List.of();
        private Money refundable;

        ReportBuilder refundable(Money value) {
            refundable = value;
            return this;
        }

        ReportBuilder outcome(Remedy value, Integer minorUnits) {
            outcome = value;
            amount = minorUnits == null ? null : new MoneyInput(minorUnits.longValue(), "USD");
            return this;
        }

        ReportBuilder destination(RefundDestination value) {
            destination = value;
            return this;
        }

        ReportBuilder eligibility(Eligibility value) {
            eligibility = value;
            return this;
        }

        ReportBuilder evidence(Evidence... uploads) {
            evidence = List.of(uploads);
            return this;
        }

        ReportBuilder qcPhotos(Evidence... photos) {
            qcPhotos = List.of(photos);
            return this;
        }

        Report build() {
            List<UUID> ids = new ArrayList<>();
            evidence.forEach(upload -> ids.add(upload.id));
            ReportIssueRequest request = new ReportIssueRequest("o-1", "i-1", "DEFECTIVE", "No sound", outcome, amount,
                    ids, destination);
            return new Report(CASE_ID, item, "b-1", request, eligibility, evidence.stream().distinct().toList(),
                    qcPhotos, refundable == null ? item.paid() : refundable, null);
        }
    }
}
