package io.refunds.dispute.dispute;

import io.refunds.platform.deadline.Deadlines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The decision deadline of a dispute as a deadline row: one per dispute and status (a decision, then an appeal's). */
@ApplicationScoped
public class DecisionDeadline {

    public static final String KIND = "decision-due";

    private final Deadlines deadlines;

    public DecisionDeadline(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Schedules the flag for the dispute's current deadline (a decision, then possibly an appeal). */
    public Uni<Void> schedule(Dispute dispute) {
        return deadlines.schedule(KIND, subject(dispute), dispute.decisionDueAt);
    }

    static String subject(Dispute dispute) {
        return dispute.id + "/" + dispute.status.name().toLowerCase();
    }

    /** The dispute a deadline's subject names. */
    static UUID disputeOf(String subject) {
        return UUID.fromString(subject.substring(0, subject.indexOf('/')));
    }
}
