package io.refunds.refund.refund;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who sees a refund. */
class RefundVisibilityTest {

    @Test
    void aBuyerSeesTheirOwnRefund() {
        assertTrue(Refunds.issuedToWallet().visibleTo("b-1", false));
    }

    @Test
    void aBuyerDoesNotSeeAnotherBuyersRefund() {
        assertFalse(Refunds.issuedToWallet().visibleTo("b-other", false));
    }

    @Test
    void staffSeeEveryRefund() {
        assertTrue(Refunds.issuedToWallet().visibleTo("a-1", true));
    }
}
