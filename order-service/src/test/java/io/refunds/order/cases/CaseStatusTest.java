package io.refunds.order.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void aCaseMovesForwardWhateverOrderItsEventsArriveIn() {
        assertEquals(CaseStatus.REFUNDED, CaseStatus.REPORTED.advanceTo(CaseStatus.REFUNDED));
        assertEquals(CaseStatus.REFUNDED, CaseStatus.REFUNDED.advanceTo(CaseStatus.DECIDED));
        assertEquals(CaseStatus.IN_DISPUTE, CaseStatus.IN_DISPUTE.advanceTo(CaseStatus.AWAITING_SELLER));
        assertEquals(CaseStatus.DECIDED, CaseStatus.IN_DISPUTE.advanceTo(CaseStatus.DECIDED));
        assertEquals(CaseStatus.CLOSED, CaseStatus.CLOSED.advanceTo(CaseStatus.IN_DISPUTE));
    }

    @Test
    void onlyEarlyStagesMayBeWithdrawnAndOnlyOpenCasesBlockANewOne() {
        assertTrue(CaseStatus.IN_DISPUTE.isWithdrawable());
        assertFalse(CaseStatus.DECIDED.isWithdrawable());
        assertTrue(CaseStatus.DECIDED.isOpen());
        assertFalse(CaseStatus.SETTLED.isOpen());
        assertFalse(CaseStatus.CLOSED.isOpen());
    }
}
