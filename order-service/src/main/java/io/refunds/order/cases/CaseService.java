package io.refunds.order.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.IssueReported;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.timeline.Timeline;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Opens cases for buyers (IssueReported through the outbox) and shows them with their timeline. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final OrderRepository orders;
    private final Timeline timeline;
    private final Outbox outbox;
    private final IdempotencyKeys idempotencyKeys;
    private final ObjectMapper json;

    public CaseService(CaseRepository cases, OrderRepository orders, Timeline timeline, Outbox outbox,
            IdempotencyKeys idempotencyKeys, ObjectMapper json) {
        this.cases = cases;
        this.orders = orders;
        this.timeline = timeline;
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
        this.json = json;
    }

    @WithTransaction
    public Uni<IdempotentResponse> report(ReportIssueRequest request, String buyerId, String idempotencyKey) {
        return idempotencyKeys.once("report-issue:" + buyerId, idempotencyKey, request,
                () -> open(request, buyerId)
                        .map(view -> IdempotentResponse.created("/api/cases/" + view.caseId(), toJson(view))));
    }

    @WithSession
    public Uni<CaseView> find(UUID caseId, Caller caller) {
        return cases.findById(caseId).chain(refundCase -> {
            if (refundCase == null || !refundCase.visibleTo(caller.id(), caller.isStaff() || caller.is(Roles.PLATFORM))) {
                return Uni.createFrom().failure(ApiException.notFound("case " + caseId));
            }
            return timeline.of(caseId).map(entries -> CaseView.of(refundCase, entries));
        });
    }

    @WithSession
    public Uni<List<CaseView>> mine(Caller caller) {
        return cases.ofParticipant(caller.id())
                .map(found -> found.stream().map(refundCase -> CaseView.of(refundCase, List.of())).toList());
    }

    private Uni<CaseView> open(ReportIssueRequest request, String buyerId) {
        return orders.findById(request.orderId())
                .chain(order -> order == null || !order.buyerId.equals(buyerId)
                        ? Uni.createFrom().failure(ApiException.invalid("orderId", "must name one of your orders"))
                        : orders.item(request.orderId(), request.itemId()))
                .chain(item -> item == null
                        ? Uni.createFrom().failure(ApiException.invalid("itemId", "must name an item of the order"))
                        : cases.hasOpenCase(item.orderId, item.itemId).chain(open -> open
                                ? Uni.createFrom().failure(ApiException.conflict("this item already has an open case"))
                                : create(item, buyerId, request)));
    }

    private Uni<CaseView> create(OrderItem item, String buyerId, ReportIssueRequest request) {
        Instant now = Instant.now();
        RefundCase refundCase = new RefundCase();
        refundCase.id = UUID.randomUUID();
        refundCase.orderId = item.orderId;
        refundCase.itemId = item.itemId;
        refundCase.buyerId = buyerId;
        refundCase.sellerId = item.sellerId;
        refundCase.reason = request.reason();
        refundCase.description = request.description();
        refundCase.paidMinor = item.paidMinor;
        refundCase.paidCurrency = item.paidCurrency;
        refundCase.status = CaseStatus.REPORTED;
        refundCase.reportedAt = now;
        refundCase.updatedAt = now;
        IssueReported event = new IssueReported(refundCase.id, item.orderId, item.itemId, buyerId, item.sellerId,
                request.reason().name(), request.description(), item.paid(), List.of(), now);
        return cases.persist(refundCase)
                .chain(() -> outbox.publish(event))
                .chain(eventId -> timeline.record(refundCase, eventId, "IssueReported",
                        "You reported the item as " + request.reason().name().toLowerCase().replace('_', ' '), now))
                .chain(entry -> timeline.of(refundCase.id))
                .map(entries -> CaseView.of(refundCase, entries));
    }

    private String toJson(CaseView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise case view", e);
        }
    }
}
