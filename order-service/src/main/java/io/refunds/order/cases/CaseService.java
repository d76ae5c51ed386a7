package io.refunds.order.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.order.cases.CaseLifecycle.Opened;
import io.refunds.order.cases.CaseLifecycle.Report;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.policy.CostQuote;
import io.refunds.order.policy.QuoteView;
import io.refunds.order.policy.RefundPolicy;
import io.refunds.order.timeline.Audience;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Opens cases for buyers, once per Idempotency-Key: the item is locked (reports on one item wait for each other), the
 * policy assesses it, {@link CaseLifecycle#open} decides, and the case, its evidence and IssueReported are written in
 * one transaction.
 */
@ApplicationScoped
public class CaseService {

    private static final String CASES = "/api/cases/";

    private final CaseRepository cases;
    private final OrderRepository orders;
    private final EvidenceRepository evidence;
    private final RefundPolicy policy;
    private final CasePublisher publisher;
    private final IdempotencyKeys idempotencyKeys;
    private final CachedCaseViews views;
    private final ObjectMapper json;

    public CaseService(CaseRepository cases, OrderRepository orders, EvidenceRepository evidence, RefundPolicy policy,
            CasePublisher publisher, IdempotencyKeys idempotencyKeys, CachedCaseViews views, ObjectMapper json) {
        this.json = json;
        this.cases = cases;
        this.orders = orders;
        this.evidence = evidence;
        this.policy = policy;
        this.publisher = publisher;
        this.idempotencyKeys = idempotencyKeys;
        this.views = views;
    }

    /** The new case as the buyer sees it (201), or the first answer again for a repeated key and body. */
    public Uni<IdempotentResponse> report(ReportIssueRequest request, String buyerId, String idempotencyKey) {
        return Panache.withTransaction(() -> idempotencyKeys.once("report-issue:" + buyerId, idempotencyKey, request,
                        () -> open(request, buyerId).map(view -> idempotencyKeys.created(CASES + view.caseId(), view))))
                .invoke(answer -> evictCreated(answer.location()));
    }

    private Uni<CaseView> open(ReportIssueRequest request, String buyerId) {
        Instant now = Instant.now();
        return lockItem(request, buyerId).chain(item -> cases.hasOpenCase(item.orderId, item.itemId)
                .chain(openCase -> buyerFaultClaims(request.reason(), buyerId, now)
                        .map(used -> policy.assess(item, request.reason(), openCase, used, now)))
                .chain(eligibility -> orders.costLines(item.orderId, item.itemId).chain(lines -> {
                    boolean feeApplies = eligibility.quota() != null && eligibility.quota().exhausted();
                    CostQuote.Quote quote = policy.quote(item, lines, request.reason(), request.outcome(),
                            request.requestedAmount() == null ? null : request.requestedAmount().toMoney(),
                            feeApplies);
                    // A partial refund may ask for up to what a full one would refund.
                    Money refundable = request.outcome() == Remedy.PARTIAL_REFUND
                            ? policy.quote(item, lines, request.reason(), Remedy.FULL_REFUND, null, feeApplies).total()
                            : quote.total();
                    return evidence.byIds(request.evidence())
                            .chain(uploads -> evidence.qcPhotos(item.orderId, item.itemId)
                                    .map(qcPhotos -> new Report(UUID.randomUUID(), item, buyerId, request,
                                            eligibility, uploads, qcPhotos, refundable, quote.breakdown())))
                            .map(report -> new Quoted(report, QuoteView.of(eligibility, request.reason(), quote)));
                }))
                .chain(quoted -> {
                    Report report = quoted.report();
                    Opened opened = CaseLifecycle.open(report, Instant.now());
                    RefundCase refundCase = opened.refundCase();
                    refundCase.quote = write(quoted.quote());
                    return cases.persist(refundCase)
                            .chain(() -> publisher.publish(refundCase.id, opened.announcements()))
                            .map(timeline -> CaseView.full(refundCase, opened.evidence(), report.qcPhotos(), timeline,
                                    Audience.BUYER));
                }));
    }

    /** A report as loaded, with the quote the case keeps. */
    private record Quoted(Report report, QuoteView quote) {
    }

    private String write(QuoteView quote) {
        try {
            return json.writeValueAsString(quote);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a quote is always JSON", e);
        }
    }

    /** A buyer-fault report counts (and waits for) the buyer's others this month; any other counts nothing. */
    private Uni<Long> buyerFaultClaims(String reason, String buyerId, Instant now) {
        return policy.faultOf(reason) == io.refunds.order.policy.Fault.BUYER
                ? cases.countSince(buyerId, io.refunds.order.policy.RefundPolicy.monthStart(now), true)
                : Uni.createFrom().nullItem();
    }

    /** The buyer's own order's item, locked; anything else is a 400 naming the field. */
    private Uni<OrderItem> lockItem(ReportIssueRequest request, String buyerId) {
        return orders.findById(request.orderId())
                .chain(order -> order == null || !order.buyerId.equals(buyerId)
                        ? Uni.createFrom().failure(ApiException.invalid("orderId", "must name one of your orders"))
                        : orders.lockItem(request.orderId(), request.itemId()))
                .chain(item -> item == null
                        ? Uni.createFrom().failure(ApiException.invalid("itemId", "must name an item of the order"))
                        : Uni.createFrom().item(item));
    }

    /** Once committed, this replica drops the case from its cache before answering (read-your-writes). */
    private void evictCreated(String location) {
        if (location != null && location.startsWith(CASES)) {
            views.evict(UUID.fromString(location.substring(CASES.length())));
        }
    }
}
