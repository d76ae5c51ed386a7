package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.CaseEvent;
import io.refunds.events.RefundRelease;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.returns.ItemReturn;
import io.refunds.order.returns.ReturnChange;
import io.refunds.order.returns.ReturnEvents;
import io.refunds.order.returns.ReturnLifecycle;
import io.refunds.order.returns.ReturnRepository;
import io.refunds.order.returns.ReturnRoute;
import io.refunds.order.returns.StoredReturn;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The steps of a return, each one transaction — load and lock the return and its case, {@link ReturnLifecycle},
 * persist, publish its events with their timeline lines — then this replica drops the case from its cache. Who may
 * record a step follows the route: a buyer sends what travels from the buyer; the agent's staff (or the platform's
 * warehouse system) send from the warehouse, record what the warehouse receives and, on the seller's behalf, what the
 * seller receives; only the platform posts carrier scans. The lifecycle never asks who recorded a step.
 */
@ApplicationScoped
public class ReturnActions {

    private final ReturnRepository returns;
    private final CaseRepository cases;
    private final CasePublisher publisher;
    private final Deadlines deadlines;
    private final CachedCaseViews views;
    private final CaseReaders readers;

    public ReturnActions(ReturnRepository returns, CaseRepository cases, CasePublisher publisher, Deadlines deadlines,
            CachedCaseViews views, CaseReaders readers) {
        this.returns = returns;
        this.cases = cases;
        this.publisher = publisher;
        this.deadlines = deadlines;
        this.views = views;
        this.readers = readers;
    }

    /** The return, if the caller may see its case. */
    public Uni<ReturnView> find(UUID returnId, Caller caller) {
        return Panache.withSession(() -> returns.findById(returnId).chain(row -> visible(row, caller)))
                .map(ReturnView::of);
    }

    /** The case's returns, oldest first, if the caller may see the case. */
    public Uni<List<ReturnView>> ofCase(UUID caseId, Caller caller) {
        return Panache.withSession(() -> readers.ofCase(caseId, caller, () -> returns.ofCase(caseId)))
                .map(rows -> rows.stream().map(ReturnView::of).toList());
    }

    public Uni<ReturnView> ship(UUID returnId, ReturnRequests.Shipment request, Caller caller) {
        return step(returnId, caller, row -> requireShipper(row, caller), (row, now) -> ReturnLifecycle.ship(
                row.toReturn(), request.carrier(), request.tracking(), request.shippedAt(), caller.id(), now));
    }

    public Uni<ReturnView> scan(UUID returnId, ReturnRequests.Scan request, Caller caller) {
        return step(returnId, caller, row -> { },
                (row, now) -> ReturnLifecycle.scan(row.toReturn(), request.scannedAt(), now));
    }

    public Uni<ReturnView> receive(UUID returnId, ReturnRequests.Receipt request, Caller caller) {
        return step(returnId, caller, row -> requireReceiver(row, caller), (row, now) -> ReturnLifecycle.receive(
                row.toReturn(), request.inspection(), request.photoIds(), request.note(), request.receivedAt(),
                caller.id(), now));
    }

    /** The step the return's ship-by deadline fires, in the scheduler's transaction. */
    public Uni<Void> expire(UUID returnId) {
        return returns.lock(returnId).chain(row -> row == null ? Uni.createFrom().voidItem()
                : apply(row, ReturnLifecycle.expire(row.toReturn(), now())).replaceWithVoid());
    }

    /** A transition of a recorded return: what the lifecycle answered, with events and lines for what changed. */
    private interface Transition {
        ReturnChange apply(StoredReturn row, Instant now);
    }

    private Uni<ReturnView> step(UUID returnId, Caller caller, Consumer<StoredReturn> authorize,
            Transition transition) {
        return Panache.withTransaction(() -> returns.lock(returnId).chain(row -> visible(row, caller))
                        .chain(row -> {
                            authorize.accept(row);
                            return apply(row, transition.apply(row, now()));
                        }))
                .invoke(row -> views.evict(row.caseId()))
                .map(ReturnView::of);
    }

    private Uni<StoredReturn> apply(StoredReturn row, ReturnChange change) {
        if (!change.changed()) {
            return Uni.createFrom().item(row);
        }
        Instant now = now();
        row.record(change.next());
        List<Announcement> announcements = new ArrayList<>();
        return cases.findById(row.caseId()).chain(refundCase -> {
            for (CaseEvent event : ReturnEvents.of(change, ReturnOpening.subject(refundCase, row.cause()), now)) {
                announcements.add(new Announcement(event, actorOf(change.next()), line(change.next(), row,
                        change), now));
            }
            Uni<Boolean> cancelled = change.next().shipment() != null || change.next().receipt() != null
                    ? deadlines.cancel(ReturnOpening.SHIP_BY, row.id().toString()) : Uni.createFrom().item(false);
            return cancelled.chain(() -> publisher.publish(row.caseId(), announcements)).replaceWith(row);
        });
    }

    /** The line of the milestone a change reached (one per change: the lifecycle reaches one at a time). */
    private static TimelineLine line(ItemReturn r, StoredReturn row, ReturnChange change) {
        String route = r.route().name();
        return switch (change.milestones().get(0)) {
            case OPENED -> TimelineLine.returnOpened(row.cause(), route, r.address(), r.shipBy(),
                    r.postagePaidBy().name(), r.refundOnFirstScan());
            case SHIPPED -> TimelineLine.returnShipped(row.cause(), route, r.shipment().carrier(),
                    r.shipment().tracking(), r.address());
            case FIRST_SCAN -> TimelineLine.returnScanned(row.cause(),
                    change.release() == RefundRelease.PAY);
            case RECEIVED -> TimelineLine.returnReceived(row.cause(), route, r.receipt().inspection().name(),
                    r.receipt().photoIds().size(), r.receipt().note(), change.release().name());
            case EXPIRED -> TimelineLine.returnExpired(row.cause(), route, r.shipBy());
        };
    }

    private static String actorOf(ItemReturn r) {
        if (r.receipt() != null) {
            return r.receipt().recordedBy();
        }
        return r.shipment() != null && r.firstScanAt() == null ? r.shipment().recordedBy() : CaseChange.SYSTEM;
    }

    /** The row, if the caller may see its case; otherwise "not found", as a return that does not exist. */
    private Uni<StoredReturn> visible(StoredReturn row, Caller caller) {
        return readers.visible(row, row == null ? null : row.caseId(), caller,
                row == null ? "return" : "return " + row.id());
    }

    /** The buyer sends a delivered item back; the warehouse (staff, or the platform) sends one to the seller. */
    private static void requireShipper(StoredReturn row, Caller caller) {
        boolean fromBuyer = row.toReturn().route() == ReturnRoute.BUYER_TO_WAREHOUSE;
        boolean allowed = caller.is(Roles.PLATFORM) || (fromBuyer ? caller.id().equals(row.buyerId())
                : caller.isStaff());
        if (!allowed) {
            throw ApiException.forbidden(fromBuyer ? "only the buyer sends this return"
                    : "the agent's warehouse sends this return to the seller");
        }
    }

    /** The warehouse's staff (or the platform) record what arrives, also on the seller's behalf. */
    private static void requireReceiver(StoredReturn row, Caller caller) {
        if (!caller.is(Roles.PLATFORM) && !caller.isStaff()) {
            throw ApiException.forbidden("the receipt is recorded by the agent's staff or the platform");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
