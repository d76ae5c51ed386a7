package io.refunds.order.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void aCaseMovesForwardWhateverOrderItsEventsArriveIn() {
        assertEquals(CaseStatus.REFUNDED, CaseStatus.REPORTED.advanceTo(CaseStatus.REFUNDED));
        assertEquals(CaseStatus.REFUNDED, CaseStatus.REFUNDED.advanceTo(CaseStatus.DECIDED));
        assertEquals(CaseStatus.IN_DISPUTE, CaseStatus.IN_DISPUTE.advanceTo(CaseStatus.SELLER_UNRESPONSIVE));
        assertEquals(CaseStatus.DECIDED, CaseStatus.IN_DISPUTE.advanceTo(CaseStatus.DECIDED));
    }
}
