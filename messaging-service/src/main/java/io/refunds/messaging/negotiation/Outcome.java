package io.refunds.messaging.negotiation;

import io.refunds.events.CaseEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What one step of {@link ConversationLifecycle} did besides changing the conversation and its offers in place: the
 * conversation it opened or the offer it made (to persist), the messages it wrote, the events to publish, and what
 * becomes of the seller's deadline.
 */
public record Outcome(Conversation conversation, boolean opened, Offer madeOffer, List<Message> messages,
        List<CaseEvent> events, SellerDeadline sellerDeadline) {

    /** What a step does to the seller's deadline (and its reminder): MOVE brings it to the conversation's new one. */
    public enum SellerDeadline { UNCHANGED, START, STOP, MOVE }

    public Outcome {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }

    /** A step that changed nothing (a redelivered or late trigger). */
    static Outcome nothing(Conversation conversation) {
        return new Outcome(conversation, false, null, List.of(), List.of(), SellerDeadline.UNCHANGED);
    }

    static Outcome publishing(Conversation conversation, CaseEvent event) {
        return nothing(conversation).and(event);
    }

    Outcome and(CaseEvent event) {
        List<CaseEvent> more = new ArrayList<>(events);
        more.add(event);
        return new Outcome(conversation, opened, madeOffer, messages, more, sellerDeadline);
    }

    Outcome writing(Message message) {
        List<Message> more = new ArrayList<>(messages);
        more.add(message);
        return new Outcome(conversation, opened, madeOffer, more, events, sellerDeadline);
    }

    Outcome making(Offer offer) {
        return new Outcome(conversation, opened, offer, messages, events, sellerDeadline);
    }

    Outcome opening() {
        return new Outcome(conversation, true, madeOffer, messages, events, SellerDeadline.START);
    }

    /** Stops the seller's deadline when {@code stop}; leaves it otherwise. */
    Outcome stoppingDeadlineIf(boolean stop) {
        return stop ? new Outcome(conversation, opened, madeOffer, messages, events, SellerDeadline.STOP) : this;
    }

    Outcome movingDeadline() {
        return new Outcome(conversation, opened, madeOffer, messages, events, SellerDeadline.MOVE);
    }

    Outcome stoppingDeadline() {
        return stoppingDeadlineIf(true);
    }

    /** The one event published, for steps that publish exactly one. */
    public CaseEvent event() {
        if (events.size() != 1) {
            throw new IllegalStateException("expected one event, not " + events);
        }
        return events.get(0);
    }
}
