package io.refunds.order.timeline;

import io.refunds.events.Money;
import io.refunds.order.cases.CaseStatus;
import java.time.Instant;

/**
 * What one event means for the buyer's case: the stage it reaches, the line on the timeline, the next
 * deadline (or none once the stage has no deadline), and money refunded.
 */
record CaseChange(CaseStatus reached, String actor, String summary, Instant occurredAt, String deadlineKind,
        Instant deadlineAt, Money refunded) {

    static CaseChange to(CaseStatus reached, String actor, String summary, Instant occurredAt) {
        return new CaseChange(reached, actor, summary, occurredAt, null, null, null);
    }

    CaseChange withDeadline(String kind, Instant at) {
        return new CaseChange(reached, actor, summary, occurredAt, kind, at, refunded);
    }

    CaseChange withRefund(Money amount) {
        return new CaseChange(reached, actor, summary, occurredAt, deadlineKind, deadlineAt, amount);
    }
}
