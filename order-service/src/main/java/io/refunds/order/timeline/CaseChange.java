package io.refunds.order.timeline;

import io.refunds.events.Money;
import io.refunds.order.cases.CaseStatus;
import java.time.Instant;

/**
 * What one event means for the buyer's case: the stage it reaches, the line on the timeline, money
 * refunded, and the next deadline: set, cleared (the default: the awaited answer came), or kept.
 */
record CaseChange(CaseStatus reached, String actor, TimelineLine line, Instant occurredAt, String deadlineKind,
        Instant deadlineAt, boolean keepsDeadline, Money refunded) {

    static CaseChange to(CaseStatus reached, String actor, TimelineLine line, Instant occurredAt) {
        return new CaseChange(reached, actor, line, occurredAt, null, null, false, null);
    }

    CaseChange withDeadline(String kind, Instant at) {
        return new CaseChange(reached, actor, line, occurredAt, kind, at, false, refunded);
    }

    CaseChange keepingDeadline() {
        return new CaseChange(reached, actor, line, occurredAt, null, null, true, refunded);
    }

    CaseChange withRefund(Money amount) {
        return new CaseChange(reached, actor, line, occurredAt, deadlineKind, deadlineAt, keepsDeadline, amount);
    }
}
