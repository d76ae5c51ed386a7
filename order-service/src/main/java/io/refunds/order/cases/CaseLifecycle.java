package io.refunds.order.cases;

import io.refunds.events.CaseEvent;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.EvidenceAdded;
import io.refunds.events.EvidenceRef;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidencePurpose;
import io.refunds.order.order.OrderItem;
import io.refunds.order.policy.Eligibility;
import io.refunds.order.policy.EligibilityRule;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.api.RemedyAmounts;
import io.refunds.platform.inbox.PoisonMessageException;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.problem.ApiException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule of a case in one place, free of Kafka, the database and HTTP: opening it from a buyer's report, adding
 * evidence, withdrawing, and what another service's event does to it. Each step takes the current state, the command
 * and {@code now}, changes the case (and the uploads that join it) in place — the new state — and returns what to
 * record: the events this service publishes, each with its timeline line, or the line of an applied event. A refusal
 * is an {@link ApiException} (the API's problem+json), or a {@link PoisonMessageException} for an event that no retry
 * could apply.
 */
public final class CaseLifecycle {

    private CaseLifecycle() {
    }

    /** An event this service publishes about a case, and the line it writes on the case's timeline. */
    public record Announcement(CaseEvent event, String actor, TimelineLine line, Instant occurredAt) {

        /** The timeline's event type: the event's name ({@code IssueReported}…). */
        public String eventType() {
            return event.getClass().getSimpleName();
        }
    }

    /**
     * A buyer's report as loaded: the case's id to be, the item (locked), the policy's answer for it, the uploads the
     * report names (as found), the item's QC photos, what its quote refunds at most (the refunded cost lines
     * less what a return deducts), and the quote line by line as the event carries it.
     */
    public record Report(UUID caseId, OrderItem item, String buyerId, ReportIssueRequest request,
            Eligibility eligibility, List<Evidence> uploads, List<Evidence> qcPhotos, Money refundable,
            RefundBreakdown quote) {
    }

    /** A case just opened, the buyer's evidence now on it, and what to publish. */
    public record Opened(RefundCase refundCase, List<Evidence> evidence, List<Announcement> announcements) {
    }

    /** What an applied event writes: its line, worded for what the case had refunded before it, and money refunded. */
    public record Applied(TimelineLine line, Money refunded) {
    }

    /**
     * Opens a case when the policy allows the item to be reported, the reason allows the remedy asked for, the amount
     * fits the remedy and what was paid, enough photos or videos are attached (the buyer's own, not yet on a case),
     * and a refund to the original payment has the payment's reference.
     */
    public static Opened open(Report report, Instant now) {
        ReportIssueRequest request = report.request();
        Eligibility eligibility = report.eligibility();
        OrderItem item = report.item();
        requireEligible(eligibility);
        if (!eligibility.allowedOutcomes().contains(request.outcome())) {
            throw ApiException.refusedBy(422, EligibilityRule.OUTCOME_NOT_ALLOWED.name(), "requestedOutcome",
                    request.reason() + " allows " + eligibility.allowedOutcomes() + ", not " + request.outcome());
        }
        if (request.outcome() != Remedy.REPLACEMENT && report.refundable().minorUnits() == 0) {
            throw ApiException.refusedBy(422, "NOTHING_REFUNDABLE", "requestedOutcome", "for " + request.reason()
                    + " at this stage no cost line of the item is refunded; see its quote");
        }
        Money requested = RemedyAmounts.owed(request.outcome(), request.requestedAmount(), report.refundable(),
                "requestedAmount");
        if (request.evidence().size() < eligibility.minEvidence()) {
            throw ApiException.refusedBy(422, EligibilityRule.EVIDENCE_REQUIRED.name(), "evidenceIds",
                    request.reason() + " needs at least " + eligibility.minEvidence() + " photo(s) or video(s)");
        }
        if (request.destination() == RefundDestination.ORIGINAL_PAYMENT && item.paymentReference == null) {
            throw ApiException.refusedBy(422, "ORIGINAL_PAYMENT_UNKNOWN", "refundDestination",
                    "the item's payment has no provider reference; the refund can go to the wallet");
        }
        RefundCase refundCase = reported(report, requested, now);
        List<Evidence> attached = attach(request.evidence(), report.uploads(), report.buyerId(), refundCase.id);
        IssueReported event = new IssueReported(refundCase.id, item.orderId, item.itemId, item.title,
                report.buyerId(), item.sellerId, request.reason(), request.description(), request.outcome(), requested,
                item.paid(), refs(attached), refs(report.qcPhotos()), now,
                new PaymentTerms(item.exchangeRate, item.paymentReference, request.destination(),
                        item.sellerPriceCny()), report.quote()).boughtOn(item.marketplaceOrder());
        TimelineLine line = TimelineLine.issueReported(request.reason(), request.outcome(), requested, report.quote());
        return new Opened(refundCase, attached, List.of(new Announcement(event, report.buyerId(), line, now)));
    }

    /** A party adds their own uploads to an open case. */
    public static List<Announcement> addEvidence(RefundCase refundCase, String partyId, List<UUID> ids,
            List<Evidence> uploads, Instant now) {
        if (!refundCase.status.isOpen()) {
            throw ApiException.conflict("the case is " + refundCase.status + " and takes no more evidence");
        }
        List<Evidence> attached = attach(ids, uploads, partyId, refundCase.id);
        refundCase.updatedAt = now;
        String party = refundCase.parties.buyerId().equals(partyId) ? "BUYER" : "SELLER";
        return List.of(new Announcement(new EvidenceAdded(refundCase.id, partyId, refs(attached), now), partyId,
                TimelineLine.evidenceAdded(party, attached.size()), now));
    }

    /** Only the buyer withdraws, and only before a decision or settlement: the case closes, no deadline is left. */
    public static List<Announcement> withdraw(RefundCase refundCase, String callerId, Instant now) {
        CaseParties parties = refundCase.parties;
        if (!parties.buyerId().equals(callerId)) {
            throw ApiException.forbidden("only the buyer may withdraw the case");
        }
        if (!refundCase.status.isWithdrawable()) {
            throw ApiException.conflict("a " + refundCase.status + " case can no longer be withdrawn");
        }
        refundCase.status = CaseStatus.CLOSED;
        refundCase.nextDeadlineKind = null;
        refundCase.nextDeadlineAt = null;
        refundCase.updatedAt = now;
        return List.of(new Announcement(new CaseWithdrawn(refundCase.id, parties.buyerId(), parties.sellerId(), now),
                callerId, TimelineLine.caseWithdrawn(), now));
    }

    /**
     * Another service's event: the case only moves to a later stage — except that a dispute opened again after a
     * decided or settled outcome reopens it (back in the queue, open again); the next deadline is set, cleared or
     * kept when the event's stage is the case's; money refunded never exceeds what was paid (an event that would
     * break that is poison). {@code refundedForIt}: what the case counts as refunded for the decision the event is about (its
     * refund may have arrived first, on another topic), which a decision's line does not count as refunded before it.
     */
    public static Applied apply(RefundCase refundCase, CaseChange change, long refundedForIt, Instant now) {
        Money refunded = change.refunded();
        Money paid = refundCase.paid();
        if (refunded != null && (!refunded.currency().equals(paid.currency())
                || refundCase.refundedMinor + refunded.minorUnits() > paid.minorUnits())) {
            throw new PoisonMessageException("refund of " + refunded + " would exceed what was paid for case "
                    + refundCase.id);
        }
        boolean reopened = change.reopens() && refundCase.status.isReopenable();
        refundCase.status = reopened ? change.reached() : refundCase.status.advanceTo(change.reached());
        refundCase.updatedAt = now;
        if (refundCase.status == change.reached() && !change.keepsDeadline()) {
            refundCase.nextDeadlineKind = change.deadlineKind();
            refundCase.nextDeadlineAt = change.deadlineAt();
        }
        if (refunded != null) {
            refundCase.refundedMinor += refunded.minorUnits();
        }
        Money before = refundCase.refunded().minus(Money.of(refundedForIt, paid.currency()));
        return new Applied(change.line().onCaseThatRefunded(before), refunded);
    }

    /**
     * The new item an exchange or replacement awaited arrived where the claim was made: the case is closed and waits
     * for nothing, so the item may be claimed again.
     */
    public static void replacementArrived(RefundCase refundCase, Instant now) {
        refundCase.status = CaseStatus.CLOSED;
        refundCase.nextDeadlineKind = null;
        refundCase.nextDeadlineAt = null;
        refundCase.updatedAt = now;
    }

    /**
     * Evidence a party attached to a conversation message joins the case, so the other party and agents may see it;
     * uploads that are not the author's unattached case evidence are left alone (the message was already sent).
     */
    public static void attachFromMessage(UUID caseId, String authorId, List<Evidence> uploads) {
        uploads.stream()
                .filter(upload -> upload.uploadedBy.equals(authorId) && upload.caseId == null
                        && upload.purpose == EvidencePurpose.CASE_EVIDENCE)
                .forEach(upload -> upload.caseId = caseId);
    }

    private static void requireEligible(Eligibility eligibility) {
        if (eligibility.rule() == EligibilityRule.OPEN_CASE_EXISTS) {
            throw ApiException.refusedBy(409, eligibility.rule().name(), "itemId", eligibility.detail());
        }
        if (!eligibility.eligible()) {
            String field = eligibility.rule() == EligibilityRule.REASON_NOT_FOR_STAGE
                    || eligibility.rule() == EligibilityRule.NO_REASON_RETURNS_NOT_OFFERED
                    || eligibility.rule() == EligibilityRule.CATEGORY_EXCLUDED ? "reason" : "itemId";
            throw ApiException.refusedBy(422, eligibility.rule().name(), field, eligibility.detail());
        }
    }

    private static RefundCase reported(Report report, Money requested, Instant now) {
        OrderItem item = report.item();
        ReportIssueRequest request = report.request();
        RefundCase refundCase = new RefundCase();
        refundCase.id = report.caseId();
        refundCase.parties = new CaseParties(item.orderId, item.itemId, report.buyerId(), item.sellerId,
                request.reason(), item.paid());
        refundCase.itemTitle = item.title;
        refundCase.description = request.description();
        refundCase.requestedOutcome = request.outcome();
        refundCase.requestedMinor = requested == null ? null : requested.minorUnits();
        refundCase.refundDestination = request.destination();
        refundCase.claimStage = report.eligibility().stage();
        refundCase.fault = report.eligibility().fault();
        refundCase.status = CaseStatus.REPORTED;
        refundCase.reportedAt = now;
        refundCase.updatedAt = now;
        return refundCase;
    }

    /**
     * The uploads named by {@code ids} join the case: each must be a photo or video {@code uploadedBy} uploaded as
     * case evidence and not yet on a case; anything else is refused naming its place in the list.
     */
    static List<Evidence> attach(List<UUID> ids, List<Evidence> uploads, String uploadedBy, UUID caseId) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("evidenceIds", "must not repeat an id");
        }
        Map<UUID, Evidence> byId = uploads.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        for (int i = 0; i < ids.size(); i++) {
            Evidence upload = byId.get(ids.get(i));
            if (upload == null || !upload.uploadedBy.equals(uploadedBy)
                    || upload.purpose != EvidencePurpose.CASE_EVIDENCE) {
                throw ApiException.invalid("evidenceIds[" + i + "]", "must be a photo or video you uploaded");
            }
            if (upload.caseId != null) {
                throw ApiException.invalid("evidenceIds[" + i + "]", "is already attached to a case");
            }
        }
        List<Evidence> attached = ids.stream().map(byId::get).toList();
        attached.forEach(upload -> upload.caseId = caseId);
        return attached;
    }

    static List<EvidenceRef> refs(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::ref).toList();
    }
}
