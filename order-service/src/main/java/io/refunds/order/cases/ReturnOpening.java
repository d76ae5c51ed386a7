package io.refunds.order.cases;

import io.refunds.events.CaseEvent;
import io.refunds.events.Money;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.returns.ItemReturn;
import io.refunds.order.returns.ReturnChange;
import io.refunds.order.returns.ReturnConfig;
import io.refunds.order.returns.ReturnEvents;
import io.refunds.order.returns.ReturnLifecycle;
import io.refunds.order.returns.ReturnPlan;
import io.refunds.order.returns.ReturnRepository;
import io.refunds.order.returns.ReturnSubject;
import io.refunds.order.returns.StoredReturn;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.deadline.Deadlines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Opens the return a return outcome asks for, in the transaction that applied the decision or settlement: once per
 * cause. The plan comes from {@link ReturnLifecycle#plan} (the case's stage and fault, the item's CNY price, whether
 * the buyer's earlier returns earn a refund on the first scan); the ship-by deadline is scheduled, ReturnOpened goes
 * out and the timeline says who sends what where by when — or that the buyer keeps the item.
 */
@ApplicationScoped
public class ReturnOpening {

    /** The deadline kind of a return's ship-by time; its subject is the return id. */
    public static final String SHIP_BY = "return-ship-by";

    private final ReturnRepository returns;
    private final OrderRepository orders;
    private final ReturnConfig config;
    private final Deadlines deadlines;
    private final CasePublisher publisher;

    public ReturnOpening(ReturnRepository returns, OrderRepository orders, ReturnConfig config, Deadlines deadlines,
            CasePublisher publisher) {
        this.returns = returns;
        this.orders = orders;
        this.config = config;
        this.deadlines = deadlines;
        this.publisher = publisher;
    }

    /** The subject of a return of {@code refundCase} for {@code cause} ({@code decision:<id>}…). */
    static ReturnSubject subject(RefundCase refundCase, String cause) {
        return new ReturnSubject(refundCase.id(), cause, refundCase.parties().orderId(),
                refundCase.parties().itemId(), refundCase.parties().buyerId(), refundCase.parties().sellerId());
    }

    /** Opens the return for {@code cause} unless one was opened for it already. */
    public Uni<Void> open(RefundCase refundCase, String cause) {
        return returns.byCause(cause).chain(existing -> existing != null ? Uni.createFrom().voidItem()
                : orders.item(refundCase.parties().orderId(), refundCase.parties().itemId())
                        .chain(item -> returns.receivedAsExpected(refundCase.parties().buyerId())
                                .chain(asExpected -> open(refundCase, cause, item, asExpected))));
    }

    private Uni<Void> open(RefundCase refundCase, String cause, OrderItem item, long asExpected) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Money cny = item == null ? null : item.sellerPriceCny();
        boolean trusted = asExpected >= config.trustedAfterReturns();
        ReturnPlan plan = ReturnLifecycle.plan(refundCase.claimStage(), refundCase.fault(),
                cny == null ? null : cny.minorUnits(), null, trusted, config.policy(), now);
        ReturnSubject subject = subject(refundCase, cause);
        if (!plan.required()) {
            CaseEvent waived = ReturnEvents.waived(UUID.randomUUID(), subject, plan, now);
            return publisher.publish(refundCase.id(), List.of(new Announcement(waived, CaseChange.SYSTEM,
                    TimelineLine.returnNotRequired(cause, plan.why()), now))).replaceWithVoid();
        }
        ReturnChange opened = ReturnLifecycle.open(UUID.randomUUID(), refundCase.id(), plan, now);
        ItemReturn r = opened.next();
        StoredReturn row = StoredReturn.of(r, cause, subject.orderId(), subject.itemId(), subject.buyerId());
        TimelineLine line = TimelineLine.returnOpened(cause, r.route().name(), r.address(), r.shipBy(),
                r.postagePaidBy().name(), r.refundOnFirstScan());
        List<Announcement> announcements = ReturnEvents.of(opened, subject, now).stream()
                .map(event -> new Announcement(event, CaseChange.SYSTEM, line, now)).toList();
        return returns.persist(row)
                .chain(() -> deadlines.schedule(SHIP_BY, r.returnId().toString(), r.shipBy()))
                .chain(() -> publisher.publish(refundCase.id(), announcements)).replaceWithVoid();
    }
}
