package io.refunds.platform.deadline;

import io.smallrye.mutiny.Uni;

/** Reacts when a deadline of one kind falls due; runs inside the transaction that marks it fired. */
public interface DeadlineHandler {

    /** The kind of deadline this handler fires, e.g. {@code seller-response}. */
    String kind();

    Uni<Void> fire(String subject);
}
