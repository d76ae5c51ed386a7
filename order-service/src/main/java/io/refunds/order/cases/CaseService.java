package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.IssueReported;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.Money;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.policy.Eligibility;
import io.refunds.order.policy.EligibilityRule;
import io.refunds.order.policy.RefundPolicy;
import io.refunds.order.timeline.Audience;
import io.refunds.order.timeline.Timeline;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.api.RemedyAmounts;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Opens cases for buyers: the policy decides eligibility, the request is checked against what was paid,
 * the buyer's evidence is attached, and IssueReported goes out through the outbox with the case.
 */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final OrderRepository orders;
    private final EvidenceRepository evidence;
    private final CaseEvidence caseEvidence;
    private final RefundPolicy policy;
    private final Timeline timeline;
    private final Outbox outbox;
    private final IdempotencyKeys idempotencyKeys;

    public CaseService(CaseRepository cases, OrderRepository orders, EvidenceRepository evidence,
            CaseEvidence caseEvidence, RefundPolicy policy, Timeline timeline, Outbox outbox,
            IdempotencyKeys idempotencyKeys) {
        this.cases = cases;
        this.orders = orders;
        this.evidence = evidence;
        this.caseEvidence = caseEvidence;
        this.policy = policy;
        this.timeline = timeline;
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
    }

    @WithTransaction
    public Uni<IdempotentResponse> report(ReportIssueRequest request, String buyerId, String idempotencyKey) {
        return idempotencyKeys.once("report-issue:" + buyerId, idempotencyKey, request,
                () -> open(request, buyerId)
                        .map(view -> idempotencyKeys.created("/api/cases/" + view.caseId(), view)));
    }

    private Uni<CaseView> open(ReportIssueRequest request, String buyerId) {
        return orders.findById(request.orderId())
                .chain(order -> order == null || !order.buyerId.equals(buyerId)
                        ? Uni.createFrom().failure(ApiException.invalid("orderId", "must name one of your orders"))
                        : orders.lockItem(request.orderId(), request.itemId()))
                .chain(item -> item == null
                        ? Uni.createFrom().failure(ApiException.invalid("itemId", "must name an item of the order"))
                        : cases.hasOpenCase(item.orderId, item.itemId).chain(openCase -> {
                            Eligibility eligibility = policy.assess(item, request.reason(), openCase, Instant.now());
                            return create(item, buyerId, request, eligibility);
                        }));
    }

    private Uni<CaseView> create(OrderItem item, String buyerId, ReportIssueRequest request, Eligibility eligibility) {
        requireEligible(eligibility);
        if (!eligibility.allowedOutcomes().contains(request.outcome())) {
            throw ApiException.refusedBy(422, EligibilityRule.OUTCOME_NOT_ALLOWED.name(), "requestedOutcome",
                    request.reason() + " allows " + eligibility.allowedOutcomes() + ", not " + request.outcome());
        }
        Money requested = RemedyAmounts.owed(request.outcome(), request.requestedAmount(), item.paid(),
                "requestedAmount");
        if (request.evidence().size() < eligibility.minEvidence()) {
            throw ApiException.refusedBy(422, EligibilityRule.EVIDENCE_REQUIRED.name(), "evidenceIds",
                    request.reason() + " needs at least " + eligibility.minEvidence() + " photo(s) or video(s)");
        }
        if (request.destination() == RefundDestination.ORIGINAL_PAYMENT && item.paymentReference == null) {
            throw ApiException.refusedBy(422, "ORIGINAL_PAYMENT_UNKNOWN", "refundDestination",
                    "the item's payment has no provider reference; the refund can go to the wallet");
        }
        RefundCase refundCase = newCase(item, buyerId, request, requested);
        return cases.persist(refundCase)
                .chain(() -> caseEvidence.attach(request.evidence(), buyerId, refundCase.id))
                .chain(attached -> evidence.qcPhotos(item.orderId, item.itemId)
                        .chain(qcPhotos -> announce(refundCase, item, attached, qcPhotos)
                                .chain(() -> timeline.of(refundCase.id))
                                .map(entries -> CaseView.full(refundCase, attached, qcPhotos, entries,
                                        Audience.BUYER))));
    }

    private Uni<Void> announce(RefundCase refundCase, OrderItem item, List<Evidence> attached, List<Evidence> qcPhotos) {
        IssueReported event = new IssueReported(refundCase.id, item.orderId, item.itemId, item.title,
                refundCase.buyerId, item.sellerId, refundCase.reason, refundCase.description,
                refundCase.requestedOutcome, refundCase.requested(), item.paid(),
                attached.stream().map(Evidence::ref).toList(), qcPhotos.stream().map(Evidence::ref).toList(),
                refundCase.reportedAt,
                new PaymentTerms(item.exchangeRate, item.paymentReference, refundCase.refundDestination,
                        item.sellerPriceCny()));
        TimelineLine line = TimelineLine.issueReported(refundCase.reason, refundCase.requestedOutcome,
                refundCase.requested());
        return outbox.publish(event).chain(eventId -> timeline.record(refundCase, eventId, "IssueReported",
                refundCase.buyerId, line, refundCase.reportedAt)).replaceWithVoid();
    }

    private static void requireEligible(Eligibility eligibility) {
        if (eligibility.rule() == EligibilityRule.OPEN_CASE_EXISTS) {
            throw ApiException.refusedBy(409, eligibility.rule().name(), "itemId", eligibility.detail());
        }
        if (!eligibility.eligible()) {
            throw ApiException.refusedBy(422, eligibility.rule().name(), "itemId", eligibility.detail());
        }
    }

    private static RefundCase newCase(OrderItem item, String buyerId, ReportIssueRequest request, Money requested) {
        Instant now = Instant.now();
        RefundCase refundCase = new RefundCase();
        refundCase.id = UUID.randomUUID();
        refundCase.orderId = item.orderId;
        refundCase.itemId = item.itemId;
        refundCase.itemTitle = item.title;
        refundCase.buyerId = buyerId;
        refundCase.sellerId = item.sellerId;
        refundCase.reason = request.reason();
        refundCase.description = request.description();
        refundCase.requestedOutcome = request.outcome();
        refundCase.requestedMinor = requested == null ? null : requested.minorUnits();
        refundCase.paidMinor = item.paidMinor;
        refundCase.paidCurrency = item.paidCurrency;
        refundCase.refundDestination = request.destination();
        refundCase.status = CaseStatus.REPORTED;
        refundCase.reportedAt = now;
        refundCase.updatedAt = now;
        return refundCase;
    }

}
