package io.refunds.messaging.negotiation;

import io.refunds.events.BuyerEscalated;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DisputeOpened;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.Money;
import io.refunds.events.NegotiationClosed;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.Remedy;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SellerReminder;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.api.RefundLines;
import io.refunds.platform.api.RemedyAmounts;
import io.refunds.platform.negotiation.EscalationRule;
import io.refunds.platform.negotiation.Negotiation;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.refunds.platform.problem.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The negotiation's rules in one place, free of Kafka and the database: a claim opens the conversation and starts the
 * seller's deadline; the seller's first answer meets it; the seller offers one remedy at a time, the buyer accepts
 * (a settlement) or rejects it; the seller may decline, the buyer escalate ({@link EscalationRule}); a silent seller
 * is reminded, then reported; a withdrawal closes the conversation and a dispute closes the negotiation. For an item
 * bought on a marketplace, what the seller does there arrives through the upstream refund: the seller's words, the
 * marketplace's clock our deadline must beat, a refund that settles, a refusal that escalates. Each step
 * changes the conversation and its offers in place and returns the {@link Outcome}; a refusal is an
 * {@link ApiException}.
 */
public final class ConversationLifecycle {

    private ConversationLifecycle() {
    }

    /**
     * IssueReported opens the case's one conversation, with a summary of the claim, due by {@code sellerDeadline}. A
     * claim on an international parcel is the carrier's fault: no conversation, no seller deadline — the agents
     * decide it at once (dispute-service opens its dispute from the same event).
     */
    public static Outcome open(Conversation existing, IssueReported claim, Instant now, Instant sellerDeadline) {
        if (existing != null || claim.claimsParcel()) {
            return Outcome.nothing(existing);
        }
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.caseId = claim.caseId();
        conversation.parties = new CaseParties(claim.orderId(), claim.itemId(), claim.buyerId(), claim.sellerId(),
                claim.reason(), claim.amountPaid());
        conversation.paymentTerms = StoredPaymentTerms.of(claim.paymentTerms());
        conversation.quote = BreakdownJson.write(claim.quote());
        conversation.status = ConversationStatus.AWAITING_SELLER;
        conversation.openedAt = now;
        conversation.sellerDeadline = sellerDeadline;
        return Outcome.publishing(conversation, new ConversationOpened(conversation.caseId, conversation.id,
                        conversation.buyerId(), conversation.sellerId(), sellerDeadline, now))
                .writing(Message.system(conversation.id, ClaimSummary.of(claim, sellerDeadline), now))
                .opening();
    }

    /** The role a caller writes in: staff as the agent, the case's seller as the seller, anyone else as the buyer. */
    public static AuthorRole roleOf(Conversation conversation, String userId, boolean staff, boolean seller) {
        if (staff) {
            return AuthorRole.AGENT;
        }
        return seller && conversation.sellerId().equals(userId) ? AuthorRole.SELLER : AuthorRole.BUYER;
    }

    /** A participant or agent writes; the seller's first message meets the deadline. Refused once withdrawn. */
    public static Outcome post(Conversation conversation, String authorId, AuthorRole role, String body,
            List<UUID> evidence, Instant now) {
        if (conversation.status == ConversationStatus.CLOSED) {
            throw ApiException.conflict("the case was withdrawn");
        }
        Message message = Message.of(conversation.id, authorId, role, body, evidence, now);
        boolean firstAnswer = role == AuthorRole.SELLER && sellerAnswers(conversation);
        return Outcome.publishing(conversation, new MessagePosted(conversation.caseId, conversation.id, message.id,
                        message.authorId, role.name(), message.body, message.evidence(), message.sentAt))
                .writing(message)
                .stoppingDeadlineIf(firstAnswer);
    }

    /**
     * The seller offers a remedy: one open offer at a time, for an amount the remedy allows (never more than was
     * paid); an offer is an answer, so the first one meets the deadline.
     */
    public static Outcome offer(Conversation conversation, Offer open, Remedy offerType, MoneyInput amount,
            String note, Instant now) {
        return offer(conversation, open, offerType, amount, List.of(), note, now);
    }

    /**
     * The seller offers a remedy, naming the cost lines it refunds (or an amount spread over the lines the policy
     * refunds, {@link RefundLines}); a line beyond the policy the seller names is the seller's to bear.
     */
    public static Outcome offer(Conversation conversation, Offer open, Remedy offerType, MoneyInput amount,
            List<RefundLines.Named> lines, String note, Instant now) {
        requireNegotiable(conversation);
        boolean namesLines = lines != null && !lines.isEmpty();
        Money asked = namesLines && amount == null ? null
                : RemedyAmounts.owed(offerType, amount, conversation.paid(), "amount");
        RefundBreakdown breakdown = RefundLines.compose(conversation.quote(), offerType,
                amount == null ? null : asked, lines, "SELLER", "amount", "lines");
        Money owed = breakdown != null ? breakdown.total() : asked;
        if (open != null) {
            throw ApiException.conflict("offer " + open.id + " is still open; the buyer must answer it first");
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.conversationId = conversation.id;
        offer.offerType = offerType;
        offer.amountMinor = owed == null ? null : owed.minorUnits();
        offer.breakdown = BreakdownJson.write(breakdown);
        offer.note = note;
        offer.status = OfferStatus.OPEN;
        offer.madeAt = now;
        boolean firstAnswer = sellerAnswers(conversation);
        return Outcome.publishing(conversation, new OfferMade(conversation.caseId, conversation.id, offer.id,
                        conversation.sellerId(), offerType, owed, conversation.paid(), note, now))
                .making(offer)
                .stoppingDeadlineIf(firstAnswer);
    }

    /**
     * The buyer accepts the open offer (saying why, optionally): the negotiation ends in a settlement (a new settlement id, kept on the
     * conversation and named if a dispute arrives later), the deadline stops, and SettlementAgreed pays it.
     */
    public static Outcome accept(Conversation conversation, UUID offerId, Offer offer, String reason, Instant now) {
        requireOpen(conversation, offerId, offer);
        offer.status = OfferStatus.ACCEPTED;
        offer.answeredAt = now;
        offer.answerReason = reason;
        conversation.status = ConversationStatus.SETTLED;
        conversation.settlementId = UUID.randomUUID();
        CaseParties parties = conversation.parties;
        return Outcome.publishing(conversation, new SettlementAgreed(conversation.settlementId, conversation.caseId,
                        conversation.id, parties.orderId(), parties.itemId(), parties.buyerId(), parties.sellerId(),
                        offer.offerType, offer.amount(parties.paid().currency()), parties.paid(), now,
                        StoredPaymentTerms.terms(conversation.paymentTerms), offer.breakdown()))
                .stoppingDeadline();
    }

    /** The buyer rejects the open offer, saying why (optional); the buyer may then escalate. */
    public static Outcome reject(Conversation conversation, UUID offerId, Offer offer, String reason, Instant now) {
        requireOpen(conversation, offerId, offer);
        offer.status = OfferStatus.REJECTED;
        offer.answeredAt = now;
        offer.answerReason = reason;
        return Outcome.publishing(conversation, new OfferRejected(conversation.caseId, conversation.id, offer.id,
                conversation.buyerId(), reason, now));
    }

    /** The seller refuses any remedy while the negotiation runs: the open offer is withdrawn, the deadline stops. */
    public static Outcome decline(Conversation conversation, Offer open, String reason, Instant now) {
        requireNoDispute(conversation);
        if (conversation.status != ConversationStatus.AWAITING_SELLER
                && conversation.status != ConversationStatus.SELLER_RESPONDED) {
            throw ApiException.conflict("the conversation is " + conversation.status);
        }
        conversation.status = ConversationStatus.SELLER_DECLINED;
        if (open != null) {
            open.status = OfferStatus.WITHDRAWN;
            open.answeredAt = now;
        }
        return Outcome.publishing(conversation, new SellerDeclined(conversation.caseId, conversation.id,
                conversation.sellerId(), reason, now)).stoppingDeadline();
    }

    /**
     * The buyer takes the case to the platform, when {@link EscalationRule} allows it (after a decline, a rejected
     * latest offer, or past the seller's deadline); not twice, and not after the deadline already did it.
     */
    public static Outcome escalate(Conversation conversation, Offer latest, String reason, Instant now) {
        requireNoDispute(conversation);
        if (conversation.status == ConversationStatus.ESCALATED) {
            throw ApiException.conflict("the conversation is " + conversation.status);
        }
        if (conversation.status == ConversationStatus.SELLER_UNRESPONSIVE) {
            throw ApiException.conflict("the seller missed the deadline: a dispute was opened automatically");
        }
        EscalationRule.requireEscalable(negotiation(conversation, latest), now);
        boolean stillAwaiting = conversation.status == ConversationStatus.AWAITING_SELLER;
        conversation.status = ConversationStatus.ESCALATED;
        CaseParties parties = conversation.parties;
        return Outcome.publishing(conversation, new BuyerEscalated(conversation.caseId, conversation.id,
                        parties.orderId(), parties.itemId(), parties.buyerId(), parties.sellerId(), parties.reason(),
                        parties.paid(), reason, now))
                .stoppingDeadlineIf(stillAwaiting);
    }

    /** What the conversation recorded, as {@link EscalationRule} reads it (the latest offer may be null). */
    public static Negotiation negotiation(Conversation conversation, Offer latest) {
        return new Negotiation(conversation.sellerDeadline,
                conversation.status == ConversationStatus.SELLER_DECLINED,
                lastOffer(latest),
                conversation.settlementId != null || conversation.status == ConversationStatus.SETTLED,
                conversation.status == ConversationStatus.SELLER_UNRESPONSIVE,
                conversation.disputeId != null,
                conversation.status == ConversationStatus.CLOSED);
    }

    private static Negotiation.LastOffer lastOffer(Offer latest) {
        if (latest == null) {
            return Negotiation.LastOffer.NONE;
        }
        return switch (latest.status) {
            case OPEN -> Negotiation.LastOffer.OPEN;
            case ACCEPTED -> Negotiation.LastOffer.ACCEPTED;
            case REJECTED -> Negotiation.LastOffer.REJECTED;
            case WITHDRAWN -> Negotiation.LastOffer.WITHDRAWN;
        };
    }

    /** Before the deadline, a seller who has not answered yet is reminded (a conversation that is gone: nothing). */
    public static Outcome remindSeller(Conversation conversation, Instant now) {
        if (!awaitsSeller(conversation)) {
            return Outcome.nothing(conversation);
        }
        return Outcome.publishing(conversation, new SellerReminder(conversation.caseId, conversation.id,
                conversation.sellerId(), conversation.sellerDeadline, now));
    }

    /** The deadline passed with the seller still silent: the conversation says so, and a dispute follows. */
    public static Outcome sellerDeadlinePassed(Conversation conversation, Instant now) {
        if (!awaitsSeller(conversation)) {
            return Outcome.nothing(conversation);
        }
        conversation.status = ConversationStatus.SELLER_UNRESPONSIVE;
        CaseParties parties = conversation.parties;
        return Outcome.publishing(conversation, new SellerUnresponsive(conversation.caseId, conversation.id,
                parties.orderId(), parties.itemId(), parties.buyerId(), parties.sellerId(), parties.reason(),
                parties.paid(), conversation.sellerDeadline, now));
    }

    /**
     * The seller answered on the marketplace the item was bought on: the buyer reads the seller's words, put here in
     * the seller's voice by {@code relayedBy}; the first answer meets the deadline.
     */
    public static Outcome sellerAnsweredUpstream(Conversation conversation, String relayedBy, String words,
            Instant now) {
        if (conversation == null || conversation.status == ConversationStatus.CLOSED) {
            return Outcome.nothing(conversation);
        }
        boolean firstAnswer = sellerAnswers(conversation);
        Message message = Message.relayed(conversation.id, conversation.sellerId(), relayedBy, words, now);
        return Outcome.publishing(conversation, new MessagePosted(conversation.caseId, conversation.id, message.id,
                        message.authorId, AuthorRole.SELLER.name(), message.body, message.evidence(), message.sentAt))
                .writing(message)
                .stoppingDeadlineIf(firstAnswer);
    }

    /**
     * The marketplace's own clock runs while the seller is silent there: our deadline comes no later than
     * {@code escalateAt} (a margin before the marketplace would decide), so the case escalates here first.
     */
    public static Outcome followUpstreamClock(Conversation conversation, Instant escalateAt, Instant now) {
        if (!awaitsSeller(conversation) || !escalateAt.isBefore(conversation.sellerDeadline)) {
            return Outcome.nothing(conversation);
        }
        conversation.sellerDeadline = escalateAt.isBefore(now) ? now : escalateAt;
        return Outcome.nothing(conversation).movingDeadline();
    }

    /**
     * The marketplace refunded the agent: while the negotiation runs, the buyer's request is settled as asked
     * ({@code remedy}, {@code requested}, over the quote's lines) and SettlementAgreed pays it; after a dispute or
     * a settlement the conversation only says so.
     */
    public static Outcome upstreamRefunded(Conversation conversation, String words, Remedy remedy, Money requested,
            Instant now) {
        if (conversation == null) {
            return Outcome.nothing(null);
        }
        if (conversation.disputeId != null || !conversation.status.isNegotiable()) {
            return Outcome.nothing(conversation).writing(Message.system(conversation.id, words, now));
        }
        RefundBreakdown breakdown = RefundLines.compose(conversation.quote(), remedy, requested, List.of(), "SELLER",
                "amount", "lines");
        Money owed = breakdown != null ? breakdown.total() : requested;
        conversation.status = ConversationStatus.SETTLED;
        conversation.settlementId = UUID.randomUUID();
        CaseParties parties = conversation.parties;
        return Outcome.publishing(conversation, new SettlementAgreed(conversation.settlementId, conversation.caseId,
                        conversation.id, parties.orderId(), parties.itemId(), parties.buyerId(), parties.sellerId(),
                        remedy, owed, parties.paid(), now, StoredPaymentTerms.terms(conversation.paymentTerms),
                        breakdown))
                .writing(Message.system(conversation.id, words + " The buyer's request is settled as asked.", now))
                .stoppingDeadline();
    }

    /**
     * The marketplace's refund ended without money (the seller refused, or it closed): while the negotiation runs,
     * the refusal is the seller's decline and the case goes to the agents at once, escalated on the buyer's behalf;
     * after a dispute or a settlement the conversation only says so.
     */
    public static Outcome upstreamRefused(Conversation conversation, String why, String proofUrl, Instant now) {
        if (conversation == null) {
            return Outcome.nothing(null);
        }
        String text = why + (proofUrl == null ? "" : " (the seller's proof: " + proofUrl + ")");
        if (conversation.disputeId != null || !conversation.status.isNegotiable()) {
            return Outcome.nothing(conversation).writing(Message.system(conversation.id, text + ".", now));
        }
        conversation.status = ConversationStatus.ESCALATED;
        CaseParties parties = conversation.parties;
        return Outcome.publishing(conversation, new SellerDeclined(conversation.caseId, conversation.id,
                        parties.sellerId(), text, now))
                .and(new BuyerEscalated(conversation.caseId, conversation.id, parties.orderId(), parties.itemId(),
                        parties.buyerId(), parties.sellerId(), parties.reason(), parties.paid(),
                        "escalated for the buyer: " + text, now))
                .writing(Message.system(conversation.id, text + ". A support agent decides the case.", now))
                .stoppingDeadline();
    }

    /** The buyer withdrew the case: the conversation closes and the deadline stops, so no dispute opens for it. */
    public static Outcome withdraw(Conversation conversation, Instant now) {
        if (conversation == null || conversation.status == ConversationStatus.CLOSED) {
            return Outcome.nothing(conversation);
        }
        conversation.status = ConversationStatus.CLOSED;
        return Outcome.nothing(conversation)
                .writing(Message.system(conversation.id, "The buyer withdrew the case.", now))
                .stoppingDeadline();
    }

    /**
     * A dispute opened for the case: the negotiation closes (the open offer is withdrawn, the deadline stops, offers
     * and answers are refused from now on) unless it had already ended; NegotiationClosed answers every dispute,
     * naming the settlement when the buyer had already settled.
     */
    public static Outcome disputeOpened(Conversation conversation, Offer open, DisputeOpened dispute, Instant now) {
        if (conversation == null) {
            return Outcome.publishing(null, new NegotiationClosed(dispute.caseId(), null, dispute.disputeId(), null,
                    null, now));
        }
        if (conversation.disputeId != null || conversation.status == ConversationStatus.SETTLED
                || conversation.status == ConversationStatus.CLOSED) {
            return Outcome.publishing(conversation, new NegotiationClosed(conversation.caseId, conversation.id,
                    dispute.disputeId(), null, conversation.settlementId, now));
        }
        conversation.disputeId = dispute.disputeId();
        conversation.status = ConversationStatus.IN_DISPUTE;
        if (open != null) {
            open.status = OfferStatus.WITHDRAWN;
            open.answeredAt = now;
            open.answerReason = "dispute " + dispute.disputeId() + " opened";
        }
        return Outcome.publishing(conversation, new NegotiationClosed(conversation.caseId, conversation.id,
                        dispute.disputeId(), open == null ? null : open.id, null, now))
                .writing(Message.system(conversation.id,
                        "A dispute is open: a support agent decides the case. Offers and answers are closed.", now))
                .stoppingDeadline();
    }

    /** Offers and answers end when a dispute opens: a settlement and a dispute never both pay (409 naming it). */
    public static void requireNoDispute(Conversation conversation) {
        if (conversation.disputeId != null) {
            throw ApiException.refusedBy(409, "DISPUTE_OPEN", null, "dispute " + conversation.disputeId
                    + " is open for this case: offers and answers are closed, a support agent decides");
        }
    }

    private static void requireNegotiable(Conversation conversation) {
        requireNoDispute(conversation);
        if (!conversation.status.isNegotiable()) {
            throw ApiException.conflict("the conversation is " + conversation.status + ": no more offers or answers");
        }
    }

    private static void requireOpen(Conversation conversation, UUID offerId, Offer offer) {
        requireNegotiable(conversation);
        if (offer == null || !offer.conversationId.equals(conversation.id)) {
            throw ApiException.notFound("offer " + offerId);
        }
        if (offer.status != OfferStatus.OPEN) {
            throw ApiException.conflict("offer " + offerId + " is " + offer.status + ", not open");
        }
    }

    /** A seller's message, offer or decline meets the deadline: true when this was the first answer. */
    private static boolean sellerAnswers(Conversation conversation) {
        if (conversation.status != ConversationStatus.AWAITING_SELLER) {
            return false;
        }
        conversation.status = ConversationStatus.SELLER_RESPONDED;
        return true;
    }

    private static boolean awaitsSeller(Conversation conversation) {
        return conversation != null && conversation.status == ConversationStatus.AWAITING_SELLER;
    }
}
