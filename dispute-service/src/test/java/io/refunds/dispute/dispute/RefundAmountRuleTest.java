package io.refunds.dispute.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class RefundAmountRuleTest {

    private static final Money PAID = Money.of(12_900, "USD");

    @Test
    void aFullRefundIsWhatTheBuyerPaid() {
        assertEquals(PAID, RefundAmountRule.owed(DecisionOutcome.FULL_REFUND, null, PAID));
        assertEquals(PAID, RefundAmountRule.owed(DecisionOutcome.FULL_REFUND, new MoneyInput(12_900L, "USD"), PAID));
        assertThrows(ApiException.class,
                () -> RefundAmountRule.owed(DecisionOutcome.FULL_REFUND, new MoneyInput(100L, "USD"), PAID));
    }

    @Test
    void aPartialRefundIsAboveZeroInThePaidCurrencyAndNeverAboveWhatWasPaid() {
        assertEquals(Money.of(12_900, "USD"),
                RefundAmountRule.owed(DecisionOutcome.PARTIAL_REFUND, new MoneyInput(12_900L, "USD"), PAID));
        assertEquals(Money.of(1, "USD"),
                RefundAmountRule.owed(DecisionOutcome.PARTIAL_REFUND, new MoneyInput(1L, "USD"), PAID));
        assertField("amount.minorUnits", DecisionOutcome.PARTIAL_REFUND, new MoneyInput(12_901L, "USD"));
        assertField("amount.minorUnits", DecisionOutcome.PARTIAL_REFUND, new MoneyInput(0L, "USD"));
        assertField("amount.currency", DecisionOutcome.PARTIAL_REFUND, new MoneyInput(100L, "EUR"));
        assertField("amount", DecisionOutcome.PARTIAL_REFUND, null);
    }

    @Test
    void replacementsAndRejectionsMoveNoMoney() {
        assertNull(RefundAmountRule.owed(DecisionOutcome.REPLACEMENT, null, PAID));
        assertNull(RefundAmountRule.owed(DecisionOutcome.REJECTED, null, PAID));
        assertField("amount", DecisionOutcome.REJECTED, new MoneyInput(100L, "USD"));
    }

    private static void assertField(String field, DecisionOutcome outcome, MoneyInput amount) {
        ApiException refused = assertThrows(ApiException.class, () -> RefundAmountRule.owed(outcome, amount, PAID));
        assertEquals(field, refused.problem().violations().get(0).field());
    }
}
