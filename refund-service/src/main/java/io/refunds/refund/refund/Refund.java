package io.refunds.refund.refund;

import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.MoneyText;
import io.refunds.refund.ledger.LedgerAccounts;
import io.refunds.refund.ledger.Posting;
import io.refunds.refund.ledger.Transfer;
import io.refunds.refund.provider.ProviderRefundRequest;
import io.refunds.refund.provider.ProviderReply;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Money owed to a buyer under one decision or settlement (its key makes it unique) and the rules of its whole life,
 * free of Kafka, the database and HTTP: opened from its cause, issued to the wallet, paid through the provider with
 * retries under one idempotency key, failed, retried by an agent, taken in the wallet by the buyer. Each transition
 * checks the state, changes it, and returns the {@link RefundChange} to write: attempts, ledger postings, events and
 * when to call the provider next. Nothing outside changes a refund.
 */
@Entity
@Table(name = "refund")
public class Refund {

    /** The lookup answer used when the provider need not be asked: the last attempt cannot have paid. */
    public static final ProviderReply NOTHING_PAID = new ProviderReply(ProviderReply.Kind.NOT_FOUND, null, "declined");

    @Id
    private UUID id;

    /** {@code decision:<id>} or {@code settlement:<id>}: one refund per cause, whatever is replayed. */
    @Column(name = "refund_key", nullable = false, unique = true)
    private String refundKey;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Column(name = "settlement_id")
    private UUID settlementId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "item_id")
    private String itemId;

    @Column(name = "buyer_id", nullable = false)
    private String buyerId;

    @Column(name = "seller_id")
    private String sellerId;

    /** What this refund pays: the cause's total less what the item was already refunded. */
    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency;

    /** The total the cause owes for the item, capped at what the buyer paid. */
    @Column(name = "owed_minor")
    private Long owedMinor;

    @Column(name = "amount_paid_minor")
    private Long amountPaidMinor;

    /** Why the amount is what it is, e.g. a cap or an earlier refund. */
    private String note;

    @Column(name = "exchange_rate", precision = 24, scale = 12)
    private BigDecimal exchangeRate;

    /** What the agent recovers from the seller, in CNY at the rate locked at payment. */
    @Column(name = "seller_amount_minor")
    private Long sellerAmountMinor;

    @Column(name = "seller_currency")
    private String sellerCurrency;

    /** What the refund pays line by line ({@link LinePayout}s as JSON, a jsonb column); empty without lines. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(lines as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "lines", nullable = false)
    private String lines = "[]";

    /** What the agent kept from the refunded lines (return postage, return fee). */
    @Column(name = "deducted_minor", nullable = false)
    private long deductedMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundDestination destination;

    @Column(name = "payment_reference")
    private String paymentReference;

    private String provider;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Column(name = "provider_key_generation", nullable = false)
    private int providerKeyGeneration = 1;

    /** Rounds of provider attempts: the first, then one per manual retry. */
    @Column(nullable = false)
    private int round = 1;

    /** Attempts in the current round. */
    @Column(nullable = false)
    private int attempts;

    /** The last attempt may have paid (a timeout or a 5xx): only the same idempotency key may be used again. */
    @Column(name = "outcome_unknown", nullable = false)
    private boolean outcomeUnknown;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "fallback_chosen_by")
    private String fallbackChosenBy;

    @Column(name = "fallback_chosen_at")
    private Instant fallbackChosenAt;

    /** For the ORM; refunds are opened with {@link #open}. */
    protected Refund() {
    }

    /**
     * Opens the refund a cause owes: its total within what the buyer paid, less what the item's earlier refunds
     * committed (NOTHING_DUE, recorded and never paid, when that leaves nothing), with the seller's recovery in CNY.
     * It goes to the original payment when the buyer chose it and the payment is known (through
     * {@code providerName}), else to the wallet. The owed amount is booked as payable; a wallet refund is issued at
     * once, a provider refund's first attempt is due {@code now}. A cause made of cost lines pays each line what is
     * left of it ({@link LineRefunds}) and books each to its bearer (unless an earlier refund of the item named no
     * lines: then the whole is capped as above, to the seller).
     */
    public static RefundChange open(UUID id, RefundCause cause, ItemRefunds earlier, String providerName, Instant now) {
        Money owed = cause.owedWithinPaid();
        Money already = earlier.refunded(owed.currency());
        LineRefunds.Payout payout = cause.namesLines() && !earlier.anyWithoutLines()
                ? LineRefunds.of(cause.breakdown(), earlier, cause.terms().exchangeRate()) : null;
        Money amount = payout != null ? payout.amount() : owed.minus(already);
        Refund refund = new Refund();
        refund.id = id;
        refund.refundKey = cause.key();
        refund.caseId = cause.caseId();
        refund.decisionId = cause.decisionId();
        refund.settlementId = cause.settlementId();
        refund.orderId = cause.orderId();
        refund.itemId = cause.itemId();
        refund.buyerId = cause.buyerId();
        refund.sellerId = cause.sellerId();
        refund.amountMinor = amount.minorUnits();
        refund.currency = amount.currency();
        refund.owedMinor = owed.minorUnits();
        refund.amountPaidMinor = cause.amountPaid() == null ? null : cause.amountPaid().minorUnits();
        refund.note = note(cause, owed, already);
        refund.exchangeRate = cause.terms().exchangeRate();
        if (payout != null) {
            refund.lines = LinePayouts.write(payout.lines());
            refund.deductedMinor = payout.deducted();
            Money cny = payout.sellerCny();
            if (cny != null) {
                refund.sellerAmountMinor = cny.minorUnits();
                refund.sellerCurrency = cny.currency();
            }
        } else {
            SellerLeg.recovery(amount, new SellerLeg.ItemSoFar(cause.amountPaid(), already, earlier.recoveredCny()),
                    cause.terms().itemPriceCny(), refund.exchangeRate).ifPresent(cny -> {
                        refund.sellerAmountMinor = cny.minorUnits();
                        refund.sellerCurrency = cny.currency();
                    });
        }
        boolean toProvider = cause.terms().refundDestination() == RefundDestination.ORIGINAL_PAYMENT
                && cause.terms().paymentReference() != null;
        refund.destination = toProvider ? RefundDestination.ORIGINAL_PAYMENT : RefundDestination.WALLET;
        refund.paymentReference = cause.terms().paymentReference();
        refund.provider = toProvider ? providerName : null;
        refund.createdAt = now;
        if (amount.minorUnits() == 0) {
            refund.status = RefundStatus.NOTHING_DUE;
            return RefundChange.of(refund);
        }
        refund.status = RefundStatus.PENDING;
        RefundChange booked = RefundChange.of(refund);
        for (Posting posting : refund.owedPostings()) {
            booked = booked.withPosting(posting);
        }
        return booked.and(toProvider ? refund.attemptAt(now) : refund.issue(now));
    }

    /**
     * The provider answered an attempt, or a check of a refund it accepted: succeeded → ISSUED; pending → checked
     * again after the policy's interval; declined → FAILED at once; no telling answer → retried after a doubling
     * backoff under the same idempotency key, FAILED once the round's attempts run out. Every answer is kept.
     */
    public RefundChange providerAnswered(ProviderReply reply, Instant now, RetryPolicy policy) {
        if (status != RefundStatus.PENDING) {
            throw new IllegalStateException("refund " + id + " is " + status + ", not waiting for its provider");
        }
        if (!checksProvider() || reply.kind() == ProviderReply.Kind.UNKNOWN) {
            attempts++;
        }
        RefundChange answered = RefundChange.of(this).withAttempt(RefundAttempt.of(this, reply, now));
        return answered.and(switch (reply.kind()) {
            case SUCCEEDED -> {
                providerRefundId = reply.providerRefundId();
                outcomeUnknown = false;
                yield issue(now);
            }
            case PENDING -> {
                providerRefundId = reply.providerRefundId();
                outcomeUnknown = false;
                yield attemptAt(now.plus(policy.pendingCheckInterval()));
            }
            case DECLINED -> {
                outcomeUnknown = false;
                yield fail(reply.detail(), now);
            }
            case UNKNOWN, NOT_FOUND -> {
                outcomeUnknown = true;
                lastError = reply.detail();
                yield attempts >= policy.maxAttempts()
                        ? fail(reply.detail() + " (after " + attempts + " attempts)", now)
                        : attemptAt(now.plus(policy.backoffAfter(attempts)));
            }
        });
    }

    /**
     * An agent sends a FAILED provider refund back to the provider: a new round, due now, under the same idempotency
     * key while the last attempt may have paid, a fresh one after a definite refusal (or the provider would replay
     * it).
     */
    public RefundChange retry(Instant now) {
        requireFailed();
        if (destination != RefundDestination.ORIGINAL_PAYMENT) {
            throw ApiException.refusedBy(409, "NOT_A_PROVIDER_REFUND", null,
                    "refund " + id + " goes to the wallet; there is no provider to retry");
        }
        if (!outcomeUnknown) {
            providerKeyGeneration++;
        }
        round++;
        attempts = 0;
        status = RefundStatus.PENDING;
        failedAt = null;
        return attemptAt(now);
    }

    /**
     * The buyer (or an agent for them) takes a FAILED refund in the wallet. {@code lookup} is what the provider says
     * of the refund when the last attempt {@linkplain #mayHavePaid() may have paid} ({@link #NOTHING_PAID} otherwise):
     * paid after all → ISSUED to the original payment; pending → PENDING and checked now; no answer → 503, nothing
     * moves; not there → ISSUED to the wallet, recorded as the chooser's choice.
     */
    public RefundChange fallBackToWallet(ProviderReply lookup, String chooser, Instant now) {
        requireFailed();
        return switch (lookup.kind()) {
            case SUCCEEDED -> {
                providerRefundId = lookup.providerRefundId();
                outcomeUnknown = false;
                yield RefundChange.of(this).withAttempt(RefundAttempt.of(this, lookup, now)).and(issue(now));
            }
            case PENDING -> {
                providerRefundId = lookup.providerRefundId();
                status = RefundStatus.PENDING;
                failedAt = null;
                yield RefundChange.of(this).withAttempt(RefundAttempt.of(this, lookup, now)).and(attemptAt(now));
            }
            case UNKNOWN -> throw ApiException.refusedBy(503, "PROVIDER_UNREACHABLE", null,
                    "cannot confirm with " + provider + " that it did not pay refund " + id
                            + "; nothing moved, try again later (" + lookup.detail() + ")");
            case NOT_FOUND, DECLINED -> {
                destination = RefundDestination.WALLET;
                fallbackChosenBy = chooser;
                fallbackChosenAt = now;
                yield issue(now);
            }
        };
    }

    /** Only a FAILED refund may be retried or moved to the wallet (409 REFUND_NOT_FAILED otherwise). */
    public void requireFailed() {
        if (status != RefundStatus.FAILED) {
            throw ApiException.refusedBy(409, "REFUND_NOT_FAILED", null, "refund " + id + " is " + status
                    + "; only a FAILED refund can be retried or moved to the wallet");
        }
    }

    /** The provider must be asked before the wallet pays: the last attempt timed out or met a 5xx, and may have paid. */
    public boolean mayHavePaid() {
        return outcomeUnknown && paymentReference != null;
    }

    /** The provider is to be called: PENDING (a provider refund not yet answered for good). */
    public boolean awaitsProvider() {
        return status == RefundStatus.PENDING;
    }

    /** The next provider call checks a refund the provider accepted, rather than asking for one. */
    public boolean checksProvider() {
        return providerRefundId != null;
    }

    /** What the provider is asked for on every attempt of this key generation. */
    public ProviderRefundRequest providerRequest() {
        return new ProviderRefundRequest(paymentReference, amount(), id, caseId, providerIdempotencyKey());
    }

    /** The key the provider sees on every attempt of this generation, so a retry never pays twice. */
    public String providerIdempotencyKey() {
        return "refund-" + id + "-" + providerKeyGeneration;
    }

    /** Counts towards what the item was refunded: everything promised, paid or still being paid. */
    public boolean commitsMoney() {
        return status != RefundStatus.NOTHING_DUE;
    }

    /** Staff see every refund, a buyer only their own. */
    public boolean visibleTo(String userId, boolean staff) {
        return staff || buyerId.equals(userId);
    }

    private RefundChange issue(Instant now) {
        boolean toWallet = destination == RefundDestination.WALLET;
        String to = toWallet ? LedgerAccounts.buyerWallet(buyerId) : LedgerAccounts.providerClearing(provider);
        status = RefundStatus.ISSUED;
        issuedAt = now;
        nextAttemptAt = null;
        String description = (toWallet ? "Refund to wallet" : "Refund to original payment via " + provider + " "
                + providerRefundId) + " for case " + caseId + " (" + refundKey + ")";
        return RefundChange.of(this)
                .withPosting(new Posting(id, description, now,
                        List.of(new Transfer(LedgerAccounts.REFUNDS_PAYABLE, to, amount()))))
                .withEvent(new RefundIssued(id, caseId, decisionId, settlementId, buyerId, amount(),
                        destination.name(), now));
    }

    /** The payable stays booked; RefundFailed tells the agents. */
    private RefundChange fail(String reason, Instant now) {
        status = RefundStatus.FAILED;
        failedAt = now;
        lastError = reason;
        nextAttemptAt = null;
        return RefundChange.of(this).withEvent(new RefundFailed(id, caseId, decisionId, settlementId, buyerId, amount(),
                destination.name(), reason, attempts, now));
    }

    private RefundChange attemptAt(Instant at) {
        nextAttemptAt = at;
        return RefundChange.of(this).attemptAt(at);
    }

    /**
     * What opening books: without lines, the expense payable to the buyer and, in CNY, what the seller owes back;
     * with lines, one transaction per line booked to its bearer, and one for what the agent keeps.
     */
    private List<Posting> owedPostings() {
        List<LinePayout> paid = lines();
        if (paid.isEmpty()) {
            return List.of(owedPosting());
        }
        List<Posting> postings = new ArrayList<>();
        String cause = " for case " + caseId + " (" + refundKey + ")";
        for (LinePayout line : paid) {
            List<Transfer> transfers = new ArrayList<>();
            switch (line.bearer()) {
                case "AGENT" -> transfers.add(new Transfer(LedgerAccounts.AGENT_EXPENSE, LedgerAccounts.REFUNDS_PAYABLE,
                        line.amount()));
                case "CARRIER" -> {
                    transfers.add(new Transfer(LedgerAccounts.REFUND_EXPENSE, LedgerAccounts.REFUNDS_PAYABLE,
                            line.amount()));
                    transfers.add(new Transfer(LedgerAccounts.INSURER_RECOVERIES, LedgerAccounts.INSURER_RECEIVABLE,
                            line.amount()));
                }
                default -> {
                    transfers.add(new Transfer(LedgerAccounts.REFUND_EXPENSE, LedgerAccounts.REFUNDS_PAYABLE,
                            line.amount()));
                    if (line.cny() != null && line.cny().minorUnits() > 0 && sellerId != null) {
                        transfers.add(new Transfer(LedgerAccounts.SELLER_RECOVERIES,
                                LedgerAccounts.sellerReceivable(sellerId), line.cny()));
                    }
                }
            }
            postings.add(new Posting(id, "Refund owed" + cause + ": " + line.kind() + " borne by " + line.bearer(),
                    createdAt, transfers));
        }
        if (deductedMinor > 0) {
            postings.add(new Posting(id, "Kept by the agent" + cause + ": return postage and fees", createdAt,
                    List.of(new Transfer(LedgerAccounts.REFUNDS_PAYABLE, LedgerAccounts.FEES_KEPT,
                            Money.of(deductedMinor, currency)))));
        }
        return postings;
    }

    /** The expense payable to the buyer and, in CNY, what the seller owes back. */
    private Posting owedPosting() {
        List<Transfer> transfers = new ArrayList<>();
        transfers.add(new Transfer(LedgerAccounts.REFUND_EXPENSE, LedgerAccounts.REFUNDS_PAYABLE, amount()));
        if (sellerAmount() != null && sellerAmountMinor > 0 && sellerId != null) {
            transfers.add(new Transfer(LedgerAccounts.SELLER_RECOVERIES, LedgerAccounts.sellerReceivable(sellerId),
                    sellerAmount()));
        }
        return new Posting(id, "Refund owed for case " + caseId + " (" + refundKey + ")", createdAt, transfers);
    }

    private static String note(RefundCause cause, Money owed, Money already) {
        List<String> notes = new ArrayList<>();
        if (!owed.equals(cause.owed())) {
            notes.add("owed " + MoneyText.format(cause.owed()) + " capped at the " + MoneyText.format(owed) + " paid");
        }
        if (already.minorUnits() > 0) {
            notes.add(MoneyText.format(already) + " already refunded for the item");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    public UUID id() {
        return id;
    }

    public String refundKey() {
        return refundKey;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public UUID settlementId() {
        return settlementId;
    }

    public String orderId() {
        return orderId;
    }

    public String itemId() {
        return itemId;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    /** The total the cause owes for the item (absent on rows written before it was kept). */
    public Money owed() {
        return owedMinor == null ? null : Money.of(owedMinor, currency);
    }

    public String note() {
        return note;
    }

    public BigDecimal exchangeRate() {
        return exchangeRate;
    }

    /** What the refund pays line by line; empty when its cause named no lines. */
    public List<LinePayout> lines() {
        return LinePayouts.read(lines);
    }

    /** What the agent kept from the refunded lines. */
    public Money deducted() {
        return Money.of(deductedMinor, currency);
    }

    public Money sellerAmount() {
        return sellerAmountMinor == null ? null : Money.of(sellerAmountMinor, sellerCurrency);
    }

    public RefundDestination destination() {
        return destination;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String provider() {
        return provider;
    }

    public String providerRefundId() {
        return providerRefundId;
    }

    public int round() {
        return round;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public RefundStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String fallbackChosenBy() {
        return fallbackChosenBy;
    }

    public Instant fallbackChosenAt() {
        return fallbackChosenAt;
    }
}
