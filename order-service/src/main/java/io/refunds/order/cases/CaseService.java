package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.order.cases.CaseLifecycle.Opened;
import io.refunds.order.cases.CaseLifecycle.Report;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
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

    public CaseService(CaseRepository cases, OrderRepository orders, EvidenceRepository evidence, RefundPolicy policy,
            CasePublisher publisher, IdempotencyKeys idempotencyKeys, CachedCaseViews views) {
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
        return lockItem(request, buyerId).chain(item -> cases.hasOpenCase(item.orderId, item.itemId)
                .map(openCase -> policy.assess(item, request.reason(), openCase, Instant.now()))
                .chain(eligibility -> evidence.byIds(request.evidence())
                        .chain(uploads -> evidence.qcPhotos(item.orderId, item.itemId)
                                .map(qcPhotos -> new Report(UUID.randomUUID(), item, buyerId, request, eligibility,
                                        uploads, qcPhotos))))
                .chain(report -> {
                    Opened opened = CaseLifecycle.open(report, Instant.now());
                    RefundCase refundCase = opened.refundCase();
                    return cases.persist(refundCase)
                            .chain(() -> publisher.publish(refundCase.id, opened.announcements()))
                            .map(timeline -> CaseView.full(refundCase, opened.evidence(), report.qcPhotos(), timeline,
                                    Audience.BUYER));
                }));
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
