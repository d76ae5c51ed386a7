package io.refunds.order.cases;

import io.refunds.order.timeline.TimelineEntry;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as the buyer sees it: where it stands and everything that happened, in order. */
public record CaseView(UUID caseId, String orderId, String itemId, String buyerId, String sellerId,
        IssueReason reason, String description, MoneyInput amountPaid, CaseStatus status, Instant reportedAt,
        Instant updatedAt, List<TimelineItem> timeline) {

    /** One event on the case's timeline. */
    public record TimelineItem(String type, String summary, Instant occurredAt) {

        static TimelineItem of(TimelineEntry entry) {
            return new TimelineItem(entry.eventType, entry.summary, entry.occurredAt);
        }
    }

    static CaseView of(RefundCase refundCase, List<TimelineEntry> timeline) {
        return new CaseView(refundCase.id, refundCase.orderId, refundCase.itemId, refundCase.buyerId,
                refundCase.sellerId, refundCase.reason, refundCase.description, MoneyInput.of(refundCase.paid()),
                refundCase.status, refundCase.reportedAt, refundCase.updatedAt,
                timeline.stream().map(TimelineItem::of).toList());
    }
}
