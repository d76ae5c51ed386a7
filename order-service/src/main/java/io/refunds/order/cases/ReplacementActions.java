package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.ReplacementArrived;
import io.refunds.events.ReplacementOverdue;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.returns.ReplacementRepository;
import io.refunds.order.returns.Replacements;
import io.refunds.order.returns.StoredReplacement;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The steps of an exchange or replacement, each one transaction: the platform posts the new item's journey
 * ({@link Replacements#record}); its arrival where the claim was made closes the case ({@link
 * CaseLifecycle#replacementArrived}), restarts the item's claim window from the new item's arrival and announces
 * ReplacementArrived; the due time passing first announces ReplacementOverdue, and dispute-service puts the case back
 * in the agents' queue. Readers are the case's parties and staff.
 */
@ApplicationScoped
public class ReplacementActions {

    private final ReplacementRepository replacements;
    private final CaseRepository cases;
    private final OrderRepository orders;
    private final CasePublisher publisher;
    private final Deadlines deadlines;
    private final CachedCaseViews views;
    private final CaseReaders readers;

    public ReplacementActions(ReplacementRepository replacements, CaseRepository cases, OrderRepository orders,
            CasePublisher publisher, Deadlines deadlines, CachedCaseViews views, CaseReaders readers) {
        this.replacements = replacements;
        this.cases = cases;
        this.orders = orders;
        this.publisher = publisher;
        this.deadlines = deadlines;
        this.views = views;
        this.readers = readers;
    }

    /** The replacement, if the caller may see its case. */
    public Uni<ReplacementView> find(UUID replacementId, Caller caller) {
        return Panache.withSession(() -> replacements.findById(replacementId).chain(r -> visible(r, caller)))
                .map(ReplacementView::of);
    }

    /** The case's replacements, oldest first, if the caller may see the case. */
    public Uni<List<ReplacementView>> ofCase(UUID caseId, Caller caller) {
        return Panache.withSession(() -> readers.ofCase(caseId, caller, () -> replacements.ofCase(caseId)))
                .map(rows -> rows.stream().map(ReplacementView::of).toList());
    }

    /** The platform posts a step of the new item's journey. */
    public Uni<ReplacementView> recordStep(UUID replacementId, ReplacementRequests.JourneyStepRequest request,
            Caller caller) {
        return Panache.withTransaction(() -> replacements.lock(replacementId).chain(r -> visible(r, caller))
                        .chain(r -> {
                            Instant now = now();
                            Replacements.Recorded recorded = Replacements.record(r, request.step(), request.at(),
                                    request.carrier(), request.tracking(), request.parcelId(), now);
                            return recorded.arrived() ? arrived(r, caller.id(), now) : Uni.createFrom().item(r);
                        }))
                .invoke(r -> views.evict(r.caseId()))
                .map(ReplacementView::of);
    }

    /** The step the replacement's due deadline fires, in the scheduler's transaction. */
    public Uni<Void> overdue(UUID replacementId) {
        return replacements.lock(replacementId).chain(r -> {
            Instant now = now();
            if (r == null || !Replacements.overdue(r, now)) {
                return Uni.createFrom().voidItem();
            }
            ReplacementOverdue event = new ReplacementOverdue(r.id(), r.caseId(), r.cause(), r.orderId(),
                    r.itemId(), r.dueAt(), now);
            return publisher.publish(r.caseId(), List.of(new Announcement(event, CaseChange.SYSTEM,
                    TimelineLine.replacementOverdue(r.cause(), r.dueAt()), now)))
                    .invoke(() -> views.evict(r.caseId())).replaceWithVoid();
        });
    }

    private Uni<StoredReplacement> arrived(StoredReplacement r, String recordedBy, Instant now) {
        ReplacementArrived event = new ReplacementArrived(r.id(), r.caseId(), r.cause(), r.orderId(), r.itemId(),
                r.arrivesAs().name(), r.arrivedAt(), recordedBy);
        return cases.lock(r.caseId())
                .invoke(refundCase -> CaseLifecycle.replacementArrived(refundCase, now))
                .chain(() -> orders.lockItem(r.orderId(), r.itemId()))
                .invoke(item -> {
                    if (item != null) {
                        Replacements.replaceItem(item, r);
                    }
                })
                .chain(() -> deadlines.cancel(ReplacementOpening.DUE, r.id().toString()))
                .chain(() -> publisher.publish(r.caseId(), List.of(new Announcement(event, recordedBy,
                        TimelineLine.replacementArrived(r.cause(), r.arrivesAs().name()), now))))
                .replaceWith(r);
    }

    /** The replacement, if the caller may see its case; otherwise "not found", as one that does not exist. */
    private Uni<StoredReplacement> visible(StoredReplacement r, Caller caller) {
        return readers.visible(r, r == null ? null : r.caseId(), caller,
                r == null ? "replacement" : "replacement " + r.id());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
