package io.refunds.order.cases;

import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidenceView;
import io.refunds.order.timeline.Audience;
import io.refunds.order.timeline.TimelineEntry;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.order.timeline.TimelineText;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.parties.CaseParties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as its reader sees it: where it stands, what is refunded, what comes next, what happened, in their words. */
public record CaseView(UUID caseId, String orderId, String itemId, String itemTitle, String buyerId,
        String sellerId, String reason, String description, Remedy requestedOutcome, MoneyInput requestedAmount,
        MoneyInput amountPaid, MoneyInput amountRefunded, RefundDestination refundDestination,
        io.refunds.order.policy.ClaimStage claimStage, io.refunds.order.policy.Fault fault,
        @com.fasterxml.jackson.annotation.JsonRawValue
        @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = io.refunds.order.policy.QuoteView.class)
        String quote, CaseStatus status,
        NextDeadline nextDeadline,
        Instant reportedAt, Instant updatedAt, List<EvidenceView> evidence, List<EvidenceView> qcPhotos,
        List<TimelineItem> timeline) {

    /** The next deadline on the case, e.g. the seller's answer or the agents' decision. */
    public record NextDeadline(String kind, Instant at) {
    }

    /**
     * One event on the case's timeline: what, who, when, the line's {@code code} (null on lines from before codes),
     * its {@code summary} worded for the reader, and the {@code deadline} it names, as an instant (or null).
     */
    public record TimelineItem(String type, String code, String actor, String summary, Instant occurredAt,
            Instant deadline) {

        static TimelineItem of(TimelineEntry entry, Audience reader) {
            TimelineLine line = entry.line();
            return line == null
                    ? new TimelineItem(entry.eventType, null, entry.actor, entry.summary, entry.occurredAt, null)
                    : new TimelineItem(entry.eventType, line.code().name(), entry.actor,
                            TimelineText.render(line, reader), entry.occurredAt, line.params().deadline());
        }
    }

    /** A case with its evidence, QC photos and timeline, the timeline worded for {@code reader}. */
    static CaseView full(RefundCase refundCase, List<Evidence> evidence, List<Evidence> qcPhotos,
            List<TimelineEntry> timeline, Audience reader) {
        CaseParties parties = refundCase.parties;
        return new CaseView(refundCase.id, parties.orderId(), parties.itemId(), refundCase.itemTitle,
                parties.buyerId(), parties.sellerId(), parties.reason(), refundCase.description,
                refundCase.requestedOutcome,
                refundCase.requested() == null ? null : MoneyInput.of(refundCase.requested()),
                MoneyInput.of(refundCase.paid()), MoneyInput.of(refundCase.refunded()), refundCase.refundDestination,
                refundCase.claimStage, refundCase.fault, refundCase.quote, refundCase.status,
                refundCase.nextDeadlineAt == null ? null
                        : new NextDeadline(refundCase.nextDeadlineKind, refundCase.nextDeadlineAt),
                refundCase.reportedAt, refundCase.updatedAt,
                evidence.stream().map(EvidenceView::of).toList(), qcPhotos.stream().map(EvidenceView::of).toList(),
                timeline.stream().map(entry -> TimelineItem.of(entry, reader)).toList());
    }

    /** A case as a list shows it. */
    static CaseView summary(RefundCase refundCase) {
        return full(refundCase, List.of(), List.of(), List.of(), Audience.STAFF);
    }
}
