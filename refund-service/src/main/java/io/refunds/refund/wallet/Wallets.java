package io.refunds.refund.wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The buyer's platform wallet, one balance per currency; credits are instant. */
@ApplicationScoped
public class Wallets {

    private static final String CREDIT = "insert into wallet (buyer_id, currency, balance_minor, updated_at) "
            + "values (:buyerId, :currency, :amount, now()) on conflict (buyer_id, currency) "
            + "do update set balance_minor = wallet.balance_minor + excluded.balance_minor, updated_at = now()";
    private static final String BALANCE = "select balance_minor from wallet where buyer_id = :buyerId and currency = :currency";

    /** Credits the buyer's wallet inside the caller's transaction. */
    public Uni<Void> credit(String buyerId, Money amount) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CREDIT)
                .setParameter("buyerId", buyerId)
                .setParameter("currency", amount.currency())
                .setParameter("amount", amount.minorUnits())
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Money> balance(String buyerId, String currency) {
        return Panache.getSession().chain(session -> session.createNativeQuery(BALANCE, Long.class)
                .setParameter("buyerId", buyerId)
                .setParameter("currency", currency)
                .getResultList()
                .map(rows -> Money.of(rows.isEmpty() ? 0 : rows.get(0), currency)));
    }
}
