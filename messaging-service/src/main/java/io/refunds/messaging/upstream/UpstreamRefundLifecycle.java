package io.refunds.messaging.upstream;

import io.refunds.events.CaseEvent;
import io.refunds.events.EvidenceRef;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.events.UpstreamRefundChanged;
import io.refunds.events.UpstreamRefundFiled;
import io.refunds.events.UpstreamRefundRefused;
import io.refunds.events.UpstreamRefundSucceeded;
import io.refunds.messaging.marketplace.FilingRequest;
import io.refunds.messaging.marketplace.MarketplaceRefund;
import io.refunds.messaging.marketplace.MarketplaceReply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The upstream refund's rules, free of Kafka, HTTP and the database. A claim on an item the agent bought on a
 * marketplace it files upstream (a refund asked for money, not a replacement or a return) opens one, FILING; the
 * marketplace's answers are mirrored only when they carry a newer {@code refund_version}, so a repeated push, a late
 * poll or a replayed answer changes nothing; each mirrored change is an event, the first the filing, an end in money
 * Succeeded, an end without it Refused; and the conversation hears what the seller did.
 */
public final class UpstreamRefundLifecycle {

    private UpstreamRefundLifecycle() {
    }

    /** IssueReported opens the case's upstream refund (FILING), or null when the case takes the direct path. */
    public static UpstreamRefund open(UpstreamRefund existing, IssueReported claim, UpstreamRules rules,
            Instant now) {
        if (existing != null || !claim.boughtUpstream() || claim.claimsParcel()
                || !rules.marketplaces().contains(claim.upstream().marketplace())
                || (claim.requestedOutcome() != Remedy.FULL_REFUND
                        && claim.requestedOutcome() != Remedy.PARTIAL_REFUND)) {
            return null;
        }
        Money amount = UpstreamAmount.of(claim);
        Money requested = claim.requestedAmount() != null ? claim.requestedAmount()
                : claim.quote() != null ? claim.quote().total() : claim.amountPaid();
        if (amount == null || requested == null || requested.minorUnits() <= 0) {
            return null;
        }
        UpstreamRefund refund = new UpstreamRefund();
        refund.id = UUID.randomUUID();
        refund.caseId = claim.caseId();
        refund.marketplace = claim.upstream().marketplace();
        refund.marketplaceOrderId = claim.upstream().orderId();
        refund.marketplaceItemId = claim.upstream().itemId();
        refund.purchaserId = claim.upstream().purchaserId();
        refund.orderId = claim.orderId();
        refund.itemId = claim.itemId();
        refund.sellerId = claim.sellerId();
        refund.amountMinor = amount.minorUnits();
        refund.amountCurrency = amount.currency();
        refund.requestedRemedy = claim.requestedOutcome();
        refund.requestedMinor = requested.minorUnits();
        refund.requestedCurrency = requested.currency();
        refund.reason = claim.reason();
        refund.description = claim.description();
        refund.goodsReturned = false;
        refund.evidence = ids(claim.evidence());
        refund.qcPhotos = ids(claim.qcPhotos());
        refund.status = UpstreamStatus.FILING;
        refund.openedAt = now;
        refund.updatedAt = now;
        return refund;
    }

    /** The filing as the marketplace takes it: evidence and QC baseline as URLs under {@code evidenceBaseUrl}. */
    public static FilingRequest filing(UpstreamRefund refund, String evidenceBaseUrl) {
        return new FilingRequest(refund.outRefundId(), refund.marketplaceOrderId, refund.marketplaceItemId,
                refund.amount(), refund.reason, refund.description, refund.goodsReturned,
                urls(refund.evidence, evidenceBaseUrl), urls(refund.qcPhotos, evidenceBaseUrl));
    }

    /**
     * The marketplace answered a filing: the refund it filed is mirrored; no usable answer files again later (the
     * same {@code out_refund_id}, so never twice); a refusal of the filing itself is kept for the purchaser to see.
     */
    public static UpstreamChange filingAnswered(UpstreamRefund refund, MarketplaceReply reply, UpstreamRules rules,
            Instant now) {
        if (refund.status != UpstreamStatus.FILING) {
            return reply.isOk() ? observed(refund, reply.refund(), rules, now) : UpstreamChange.nothing(refund);
        }
        refund.attempts++;
        refund.updatedAt = now;
        if (reply.isOk()) {
            refund.lastError = null;
            return observed(refund, reply.refund(), rules, now);
        }
        refund.lastError = reply.detail();
        if (reply.kind() == MarketplaceReply.Kind.UNAVAILABLE) {
            return new UpstreamChange(refund, List.of(), now.plus(rules.retryAfter(refund.attempts)), null,
                    new UpstreamChange.Quiet());
        }
        return UpstreamChange.nothing(refund);
    }

    /**
     * The buyer withdrew the case: a refund not ended on the marketplace is to be cancelled there (one not filed yet
     * is never filed); true when a cancellation must be called.
     */
    public static boolean withdrawn(UpstreamRefund refund, Instant now) {
        if (refund == null || refund.status.isEnd() || refund.cancelRequested) {
            return false;
        }
        refund.cancelRequested = true;
        refund.attempts = 0;
        refund.lastError = null;
        refund.updatedAt = now;
        return true;
    }

    /**
     * The marketplace answered a cancellation (after one retry with the fresh {@code refund_version} when ours was
     * stale): the closed refund is mirrored; no usable answer, or a second conflict, cancels again later.
     */
    public static UpstreamChange cancelAnswered(UpstreamRefund refund, MarketplaceReply reply, UpstreamRules rules,
            Instant now) {
        refund.attempts++;
        refund.updatedAt = now;
        if (reply.isOk()) {
            refund.lastError = null;
            return observed(refund, reply.refund(), rules, now);
        }
        refund.lastError = reply.detail();
        MarketplaceReply.Kind kind = reply.kind();
        if (kind == MarketplaceReply.Kind.UNAVAILABLE || kind == MarketplaceReply.Kind.VERSION_CONFLICT) {
            return new UpstreamChange(refund, List.of(), now.plus(rules.retryAfter(refund.attempts)), null,
                    new UpstreamChange.Quiet());
        }
        return UpstreamChange.nothing(refund);
    }

    /** A poll's answer: mirrored when newer; no usable answer asks again at the next poll. */
    public static UpstreamChange polled(UpstreamRefund refund, MarketplaceReply reply, UpstreamRules rules,
            Instant now) {
        if (reply.isOk()) {
            return observed(refund, reply.refund(), rules, now);
        }
        refund.lastError = reply.detail();
        refund.updatedAt = now;
        return new UpstreamChange(refund, List.of(), null, refund.status.isEnd() ? null
                : now.plus(rules.pollInterval()), new UpstreamChange.Quiet());
    }

    /**
     * What the marketplace says of the refund, mirrored when its {@code refund_version} is newer than ours: the
     * state, the seller's words and offer, the return address, the refusal, the marketplace's clock.
     */
    public static UpstreamChange observed(UpstreamRefund refund, MarketplaceRefund answer, UpstreamRules rules,
            Instant now) {
        if (refund.marketplaceRefundId != null && !refund.marketplaceRefundId.equals(answer.refundId())) {
            return UpstreamChange.nothing(refund);
        }
        UpstreamStatus status = statusOf(answer.status());
        if (status == null || (refund.refundVersion != null && answer.refundVersion() <= refund.refundVersion)) {
            return new UpstreamChange(refund, List.of(), null, pollAfter(refund, rules, now),
                    new UpstreamChange.Quiet());
        }
        UpstreamStatus previous = refund.status;
        boolean sellerSpoke = !Objects.equals(refund.sellerMessage, answer.sellerMessage())
                || !Objects.equals(refund.sellerOfferMinor, minor(answer.sellerOffer()))
                || (previous == UpstreamStatus.WAIT_SELLER_AGREE && status != previous);
        refund.marketplaceRefundId = answer.refundId();
        refund.refundVersion = answer.refundVersion();
        refund.status = status;
        refund.marketplaceDeadline = status.isEnd() ? null : answer.timeout();
        refund.sellerOfferMinor = minor(answer.sellerOffer());
        refund.sellerMessage = answer.sellerMessage();
        refund.returnAddress = answer.returnAddress();
        refund.refuseReason = answer.refuseReason();
        refund.refuseProof = answer.refuseProof();
        refund.goodsReturned = answer.goodsReturned();
        refund.updatedAt = now;
        List<CaseEvent> events = new ArrayList<>();
        if (previous == UpstreamStatus.FILING) {
            refund.filedAt = now;
            events.add(new UpstreamRefundFiled(refund.caseId, refund.id, refund.marketplace,
                    refund.marketplaceRefundId, refund.orderId, refund.itemId, refund.sellerId, refund.amount(),
                    refund.goodsReturned, status.name(), refund.refundVersion, refund.marketplaceDeadline, now));
        }
        if (previous != UpstreamStatus.FILING || status != UpstreamStatus.WAIT_SELLER_AGREE || sellerSpoke) {
            events.add(new UpstreamRefundChanged(refund.caseId, refund.id, refund.marketplace,
                    refund.marketplaceRefundId, status.name(),
                    previous == UpstreamStatus.FILING ? null : previous.name(), refund.refundVersion,
                    answer.amount(), refund.sellerOffer(), refund.sellerMessage, refund.returnAddress,
                    refund.marketplaceDeadline, now));
        }
        UpstreamChange.SellerNews news = news(refund, previous, status, sellerSpoke, rules);
        if (status == UpstreamStatus.SUCCESS && previous != UpstreamStatus.SUCCESS) {
            Money refunded = answer.amount() != null ? answer.amount() : refund.amount();
            events.add(new UpstreamRefundSucceeded(refund.caseId, refund.id, refund.marketplace,
                    refund.marketplaceRefundId, refund.orderId, refund.itemId, refund.sellerId, refunded,
                    refund.refundVersion, now));
        } else if (status.isRefusal() && !previous.isRefusal()) {
            events.add(new UpstreamRefundRefused(refund.caseId, refund.id, refund.marketplace,
                    refund.marketplaceRefundId, refund.orderId, refund.itemId, refund.sellerId, status.name(),
                    refund.refuseReason, refund.refuseProof, refund.refundVersion, now));
        }
        return new UpstreamChange(refund, events, null, pollAfter(refund, rules, now), news);
    }

    private static UpstreamChange.SellerNews news(UpstreamRefund refund, UpstreamStatus previous,
            UpstreamStatus status, boolean sellerSpoke, UpstreamRules rules) {
        if (status == UpstreamStatus.SUCCESS && previous != UpstreamStatus.SUCCESS) {
            return new UpstreamChange.Refunded("The seller refunded " + refund.amount() + " on " + refund.marketplace
                    + " (refund " + refund.marketplaceRefundId + ").");
        }
        if (status.isRefusal() && !previous.isRefusal()) {
            String why = status == UpstreamStatus.CLOSED ? "the refund on " + refund.marketplace + " was closed"
                    : "the seller refused the refund on " + refund.marketplace
                            + (refund.refuseReason == null ? "" : ": " + refund.refuseReason);
            return new UpstreamChange.Refused(why, refund.refuseProof);
        }
        if (sellerSpoke) {
            StringBuilder words = new StringBuilder("On " + refund.marketplace + " the seller ");
            if (refund.sellerOfferMinor != null) {
                words.append("offers ").append(refund.sellerOffer()).append(" instead of ").append(refund.amount());
            } else if (status == UpstreamStatus.WAIT_BUYER_RETURN_GOODS) {
                words.append("agreed to a return");
            } else {
                words.append("answered");
            }
            if (refund.sellerMessage != null) {
                words.append(": \u201c").append(refund.sellerMessage).append('\u201d');
            }
            return new UpstreamChange.Answered(words.append('.').toString());
        }
        if (status == UpstreamStatus.WAIT_SELLER_AGREE && refund.marketplaceDeadline != null) {
            return new UpstreamChange.ClockRuns(refund.marketplaceDeadline.minus(rules.escalationMargin()));
        }
        return new UpstreamChange.Quiet();
    }

    private static Instant pollAfter(UpstreamRefund refund, UpstreamRules rules, Instant now) {
        return refund.status.isEnd() || refund.status == UpstreamStatus.FILING ? null
                : now.plus(rules.pollInterval());
    }

    private static UpstreamStatus statusOf(String marketplaceStatus) {
        try {
            UpstreamStatus status = UpstreamStatus.valueOf(marketplaceStatus);
            return status == UpstreamStatus.FILING ? null : status;
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    private static Long minor(Money amount) {
        return amount == null ? null : amount.minorUnits();
    }

    private static String ids(List<EvidenceRef> refs) {
        return refs.stream().map(EvidenceRef::evidenceId).collect(Collectors.joining(","));
    }

    private static List<String> urls(String ids, String base) {
        return ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(",")).map(id -> base.replaceAll("/+$", "") + "/" + id).toList();
    }
}
