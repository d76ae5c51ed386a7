package io.refunds.order.policy;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.order.order.OrderRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** May an item be reported, and until when: the order's buyer, staff and the platform may ask. */
@ApplicationScoped
public class EligibilityService {

    private final OrderRepository orders;
    private final OpenCases openCases;
    private final BuyerFaultClaims buyerFaultClaims;
    private final RefundPolicy policy;

    public EligibilityService(OrderRepository orders, OpenCases openCases, BuyerFaultClaims buyerFaultClaims,
            RefundPolicy policy) {
        this.orders = orders;
        this.openCases = openCases;
        this.buyerFaultClaims = buyerFaultClaims;
        this.policy = policy;
    }

    /**
     * The quote of a claim for {@code reason} and {@code remedy} ({@code amount}: minor units asked for a partial
     * refund) on the item at its current stage, with the policy's answer; who may ask is as for eligibility.
     */
    @WithSession
    public Uni<QuoteView> quote(String orderId, String itemId, String reason, Remedy remedy, Long amount,
            Caller caller) {
        policy.rule(reason, "reason");
        if (remedy == Remedy.PARTIAL_REFUND && amount == null) {
            throw ApiException.invalid("amount", "is required for a PARTIAL_REFUND, in minor units of the currency"
                    + " paid");
        }
        return assess(orderId, itemId, reason, caller).chain(eligibility -> orders.item(orderId, itemId)
                .chain(item -> orders.costLines(orderId, itemId).map(lines -> QuoteView.of(eligibility, reason,
                        policy.quote(item, lines, reason, remedy,
                                amount == null ? null : Money.of(amount, item.paidCurrency),
                                eligibility.quota() != null && eligibility.quota().exhausted())))));
    }

    /**
     * The item's stage and, for {@code reason} (or for the stage when it is null), the answer; an unknown reason is a
     * 400 before anything is read; an order or item the caller may not see is a 404.
     */
    @WithSession
    public Uni<Eligibility> assess(String orderId, String itemId, String reason, Caller caller) {
        if (reason != null) {
            policy.rule(reason, "reason");
        }
        Instant now = Instant.now();
        return orders.findById(orderId).chain(order -> {
            boolean mayAsk = caller.isStaff() || caller.is(Roles.PLATFORM)
                    || order != null && order.buyerId.equals(caller.id());
            if (order == null || !mayAsk) {
                return Uni.createFrom().failure(ApiException.notFound("order " + orderId));
            }
            Uni<Long> quota = policy.countsAgainstQuota(reason)
                    ? buyerFaultClaims.countSince(order.buyerId, RefundPolicy.monthStart(now), false)
                    : Uni.createFrom().nullItem();
            return orders.item(orderId, itemId).chain(item -> item == null
                    ? Uni.createFrom().failure(ApiException.notFound("item " + itemId + " of order " + orderId))
                    : openCases.hasOpenCase(orderId, itemId).chain(openCase -> quota
                            .map(used -> policy.assess(item, reason, openCase, used, now))));
        });
    }
}
