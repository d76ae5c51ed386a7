package io.refunds.refund.refund;

import io.refunds.events.CaseEvent;
import io.refunds.refund.ledger.Posting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one transition of a refund leaves to write, as data: the refund in its new state, the provider answers to
 * keep, the ledger postings (in order), the events to publish, and when the provider is to be called next.
 */
public record RefundChange(Refund refund, List<RefundAttempt> attempts, List<Posting> postings,
        List<CaseEvent> events, Instant attemptDueAt) {

    public RefundChange {
        attempts = List.copyOf(attempts);
        postings = List.copyOf(postings);
        events = List.copyOf(events);
    }

    static RefundChange of(Refund refund) {
        return new RefundChange(refund, List.of(), List.of(), List.of(), null);
    }

    /** When the provider is to be called next, if it is. */
    public Optional<Instant> nextAttempt() {
        return Optional.ofNullable(attemptDueAt);
    }

    RefundChange withAttempt(RefundAttempt attempt) {
        return new RefundChange(refund, plus(attempts, attempt), postings, events, attemptDueAt);
    }

    RefundChange withPosting(Posting posting) {
        return new RefundChange(refund, attempts, plus(postings, posting), events, attemptDueAt);
    }

    RefundChange withEvent(CaseEvent event) {
        return new RefundChange(refund, attempts, postings, plus(events, event), attemptDueAt);
    }

    RefundChange attemptAt(Instant at) {
        return new RefundChange(refund, attempts, postings, events, at);
    }

    /** This change followed by {@code next} (of the same refund). */
    RefundChange and(RefundChange next) {
        return new RefundChange(refund, concat(attempts, next.attempts), concat(postings, next.postings),
                concat(events, next.events), next.attemptDueAt != null ? next.attemptDueAt : attemptDueAt);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        return concat(list, List.of(element));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
