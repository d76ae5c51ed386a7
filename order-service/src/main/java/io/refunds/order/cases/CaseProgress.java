package io.refunds.order.cases;

import io.refunds.events.CaseEvent;
import io.refunds.events.DecisionMade;
import io.refunds.events.MessagePosted;
import io.refunds.events.Money;
import io.refunds.events.SettlementAgreed;
import io.refunds.order.cases.CaseLifecycle.Applied;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.timeline.Timeline;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Moves a case on from another service's event, in the consumer's transaction (the inbox's): load and lock the case,
 * {@link CaseLifecycle#apply} what the event means ({@link CaseChange}), then persist its timeline line and the money
 * refunded on the item; a return outcome then opens its return ({@link ReturnOpening}), an exchange or replacement
 * awaits its new item ({@link ReplacementOpening}). An event about an unknown
 * case is poison.
 */
@ApplicationScoped
public class CaseProgress {

    private final CaseRepository cases;
    private final OrderRepository orders;
    private final EvidenceRepository evidence;
    private final Timeline timeline;
    private final ReturnOpening returns;
    private final ReplacementOpening replacements;

    public CaseProgress(CaseRepository cases, OrderRepository orders, EvidenceRepository evidence, Timeline timeline,
            ReturnOpening returns, ReplacementOpening replacements) {
        this.cases = cases;
        this.orders = orders;
        this.evidence = evidence;
        this.timeline = timeline;
        this.returns = returns;
        this.replacements = replacements;
    }

    /** A handler applying events of one type by what each means for the case. */
    public <E extends CaseEvent> Function<EventEnvelope<E>, Uni<Void>> applying(Function<E, CaseChange> meaning) {
        return event -> apply(event, meaning.apply(event.payload()));
    }

    /** A decision is on the timeline; a return and refund opens the item's return, a replacement awaits it. */
    public Uni<Void> decisionMade(EventEnvelope<DecisionMade> event) {
        DecisionMade decision = event.payload();
        return applyThen(event, CaseChange.of(decision), refundCase -> switch (decision.outcome()) {
            case RETURN_AND_REFUND -> returns.open(refundCase, decision.businessKey());
            case REPLACEMENT -> replacements.open(refundCase, decision.businessKey());
            default -> Uni.createFrom().voidItem();
        });
    }

    /** A settlement is on the timeline; an accepted return opens the item's return, a replacement awaits it. */
    public Uni<Void> settlementAgreed(EventEnvelope<SettlementAgreed> event) {
        SettlementAgreed settlement = event.payload();
        return applyThen(event, CaseChange.of(settlement), refundCase -> switch (settlement.offerType()) {
            case RETURN_AND_REFUND -> returns.open(refundCase, settlement.businessKey());
            case REPLACEMENT -> replacements.open(refundCase, settlement.businessKey());
            default -> Uni.createFrom().voidItem();
        });
    }

    /** A message's evidence joins the case (its author's uploads only), then the message is on the timeline. */
    public Uni<Void> messagePosted(EventEnvelope<MessagePosted> event) {
        MessagePosted message = event.payload();
        return evidence.byIds(uploadIds(message.evidenceIds()))
                .invoke(uploads -> CaseLifecycle.attachFromMessage(message.caseId(), message.authorId(), uploads))
                .chain(() -> apply(event, CaseChange.of(message)));
    }

    private Uni<Void> apply(EventEnvelope<? extends CaseEvent> event, CaseChange change) {
        return applyThen(event, change, refundCase -> Uni.createFrom().voidItem());
    }

    private Uni<Void> applyThen(EventEnvelope<? extends CaseEvent> event, CaseChange change,
            Function<RefundCase, Uni<Void>> then) {
        UUID caseId = event.payload().caseId();
        return cases.lock(caseId).chain(refundCase -> {
            if (refundCase == null) {
                return Uni.createFrom().failure(new PoisonMessageException("unknown case " + caseId));
            }
            return refundedForItsDecision(refundCase, change).chain(own -> {
                Applied applied = CaseLifecycle.apply(refundCase, change, own, Instant.now());
                return addToItem(refundCase, applied.refunded())
                        .chain(() -> timeline.record(caseId, event.eventId(),
                                event.type().payloadType().getSimpleName(), change.actor(), applied.line(),
                                change.occurredAt()))
                        .chain(() -> then.apply(refundCase));
            });
        }).replaceWithVoid();
    }

    /** What the timeline shows as refunded for the decision a decision's line is about (0 for any other line). */
    private Uni<Long> refundedForItsDecision(RefundCase refundCase, CaseChange change) {
        String decision = change.line().decisionCause();
        return decision == null ? Uni.createFrom().item(0L) : timeline.refundedFor(refundCase.id, decision);
    }

    private Uni<Void> addToItem(RefundCase refundCase, Money refunded) {
        if (refunded == null) {
            return Uni.createFrom().voidItem();
        }
        return orders.item(refundCase.parties.orderId(), refundCase.parties.itemId())
                .invoke(item -> item.recordRefund(refunded)).replaceWithVoid();
    }

    /** Ids that are no UUID name no upload of ours: left alone, as any other id that is not the author's. */
    private static List<UUID> uploadIds(List<String> ids) {
        return ids.stream().map(CaseProgress::uuidOrNull).filter(Objects::nonNull).toList();
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
