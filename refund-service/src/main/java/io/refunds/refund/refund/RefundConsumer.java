package io.refunds.refund.refund;

import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.ParcelFound;
import io.refunds.events.Remedy;
import io.refunds.events.ReturnExpired;
import io.refunds.events.ReturnOpened;
import io.refunds.events.ReturnReceived;
import io.refunds.events.ReturnScanned;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.consumer.EventDispatcher;
import io.refunds.platform.consumer.HandlerTable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The service's one consumer: every event it reads, through one channel and its handler table. Decisions and
 * settlements that owe money become refunds (inbox handler {@code pay-refund}); a return and refund is held until its
 * return releases it ({@link ReturnHolds}, inbox handler {@code return-hold} for the return's events); a parcel
 * claimed lost and found makes the buyer owe back what its case was paid ({@link FoundParcels}, handler
 * {@code clawback}).
 */
@ApplicationScoped
public class RefundConsumer {

    /** The channel over every topic of {@link #handlers()}. */
    public static final String CHANNEL = "events";
    static final String PAY_REFUND = "pay-refund";
    static final String RETURN_HOLD = "return-hold";
    static final String CLAWBACK = "clawback";

    private final EventDispatcher dispatcher;
    private final HandlerTable handlers;

    public RefundConsumer(EventDispatcher dispatcher, RefundPayer payer, ReturnHolds holds, FoundParcels parcels) {
        this.dispatcher = dispatcher;
        this.handlers = HandlerTable.builder()
                .on(DecisionMade.class, PAY_REFUND, event -> supersede(holds, event.payload())
                        .chain(() -> payOrHold(payer, holds, RefundCause.of(event.payload()),
                                event.payload().outcome() == DecisionOutcome.RETURN_AND_REFUND)))
                .on(SettlementAgreed.class, PAY_REFUND, event -> payOrHold(payer, holds,
                        RefundCause.of(event.payload()), event.payload().offerType() == Remedy.RETURN_AND_REFUND))
                .on(ReturnOpened.class, RETURN_HOLD, event -> holds.released(event.payload().cause(),
                        event.payload().caseId(), event.payload().release()))
                .on(ReturnScanned.class, RETURN_HOLD, event -> holds.released(event.payload().cause(),
                        event.payload().caseId(), event.payload().release()))
                .on(ReturnReceived.class, RETURN_HOLD, event -> holds.released(event.payload().cause(),
                        event.payload().caseId(), event.payload().release()))
                .on(ReturnExpired.class, RETURN_HOLD, event -> holds.released(event.payload().cause(),
                        event.payload().caseId(), event.payload().release()))
                .on(ParcelFound.class, CLAWBACK, event -> parcels.found(event.payload()))
                .build();
    }

    /** An appeal's decision ends the hold of the decision it supersedes, before it pays what it owes itself. */
    private static Uni<Void> supersede(ReturnHolds holds, DecisionMade decision) {
        return decision.supersedesDecisionId() == null ? Uni.createFrom().voidItem()
                : holds.superseded("decision:" + decision.supersedesDecisionId(), decision.caseId());
    }

    /** A return and refund that owes money waits for its return; any other cause is paid now. */
    private static Uni<Void> payOrHold(RefundPayer payer, ReturnHolds holds, RefundCause cause, boolean returnOutcome) {
        return returnOutcome && cause.owesMoney() ? holds.causeArrived(cause) : payer.pay(cause);
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return dispatcher.dispatch(message, handlers);
    }

    /** Event type → handler: what the channel's topics must be. */
    public HandlerTable handlers() {
        return handlers;
    }
}
