package io.refunds.refund.ledger;

import io.refunds.events.Money;

/** One leg of a posting: {@code amount} leaves {@code from} and reaches {@code to}. */
public record Transfer(String from, String to, Money amount) {
}
