package io.refunds.refund.ledger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.events.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Double-entry postings inside the caller's transaction: every posting moves an amount from one account to
 * another, so each transaction balances to zero (the database checks it at commit) and entries are never
 * changed. Balances are sums of entries.
 */
@ApplicationScoped
public class Ledger {

    private static final String TRANSACTION = "insert into ledger_transaction (id, refund_id, description, posted_at) "
            + "values (:id, :refundId, :description, :postedAt)";
    private static final String ENTRY = "insert into ledger_entry (transaction_id, account, currency, amount_minor, "
            + "posted_at) values (:transactionId, :account, :currency, :amount, :postedAt)";
    private static final String BALANCE = "select coalesce(sum(amount_minor), 0) from ledger_entry "
            + "where account = :account and currency = :currency";
    private static final String ENTRIES = "select t.description, e.amount_minor, e.currency, e.posted_at, t.refund_id "
            + "from ledger_entry e join ledger_transaction t on t.id = e.transaction_id "
            + "where e.account = :account order by e.id";
    private static final String BALANCES = "select account, currency, sum(amount_minor) from ledger_entry "
            + "where account not like 'buyer-wallet:%' group by account, currency order by account, currency";
    private static final String TRIAL_BALANCE = "select currency, sum(amount_minor) from ledger_entry group by currency "
            + "order by currency";

    /** Writes one balanced transaction made of transfers, possibly in several currencies. */
    public Uni<Void> post(Posting posting) {
        UUID transactionId = UUID.randomUUID();
        OffsetDateTime postedAt = OffsetDateTime.ofInstant(posting.at(), ZoneOffset.UTC);
        Uni<Void> posted = Panache.getSession().chain(session -> session.createNativeQuery(TRANSACTION)
                .setParameter("id", transactionId).setParameter("refundId", posting.refundId())
                .setParameter("description", posting.description()).setParameter("postedAt", postedAt)
                .executeUpdate()).replaceWithVoid();
        for (Transfer transfer : posting.transfers()) {
            Money amount = transfer.amount();
            posted = posted
                    .chain(() -> entry(transactionId, transfer.from(), amount.currency(), -amount.minorUnits(), postedAt))
                    .chain(() -> entry(transactionId, transfer.to(), amount.currency(), amount.minorUnits(), postedAt));
        }
        return posted;
    }

    public Uni<Money> balance(String account, String currency) {
        return Panache.getSession().chain(session -> session.createNativeQuery(BALANCE, Long.class)
                .setParameter("account", account).setParameter("currency", currency)
                .getSingleResult()
                .map(total -> Money.of(total, currency)));
    }

    public Uni<List<LedgerLine>> entries(String account) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENTRIES, Object[].class)
                .setParameter("account", account)
                .getResultList()
                .map(rows -> rows.stream().map(LedgerLine::of).toList()));
    }

    /** Every account's balance per currency but the buyers' wallets (read by wallet), in account order. */
    @WithSession
    public Uni<List<LedgerLine.AccountBalance>> balances() {
        return Panache.getSession().chain(session -> session.createNativeQuery(BALANCES, Object[].class)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new LedgerLine.AccountBalance((String) row[0],
                        ((String) row[1]).trim(), ((Number) row[2]).longValue())).toList()));
    }

    /** The sum of every entry per currency: zero in a sound ledger (a read of its own). */
    @WithSession
    public Uni<List<LedgerLine.CurrencyTotal>> trialBalance() {
        return Panache.getSession().chain(session -> session.createNativeQuery(TRIAL_BALANCE, Object[].class)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new LedgerLine.CurrencyTotal(((String) row[0]).trim(),
                        ((Number) row[1]).longValue())).toList()));
    }

    private static Uni<Void> entry(UUID transactionId, String account, String currency, long amount,
            OffsetDateTime postedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENTRY)
                .setParameter("transactionId", transactionId).setParameter("account", account)
                .setParameter("currency", currency).setParameter("amount", amount)
                .setParameter("postedAt", postedAt)
                .executeUpdate()).replaceWithVoid();
    }
}
