package io.refunds.refund.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.RefundRelease;
import org.junit.jupiter.api.Test;

/** The hold's rules without a database: either order of cause and release, the first meaningful release decides. */
class ReturnHoldRulesTest {

    @Test
    void onlyAHeldCauseIsEndedBySupersedingAndThenNoReleasePaysIt() {
        assertEquals(new ReturnHold.Step(HoldState.SUPERSEDED, false), ReturnHold.superseded(HoldState.HELD));
        assertFalse(ReturnHold.superseded(null).changes(), "no hold: a cause that was never a return");
        assertFalse(ReturnHold.superseded(HoldState.RELEASED).changes(), "already paid: the appeal pays the rest");
        assertFalse(ReturnHold.released(HoldState.SUPERSEDED, RefundRelease.PAY).changes());
        assertFalse(ReturnHold.causeArrived(HoldState.SUPERSEDED, null).changes());
    }

    @Test
    void aCauseWithNothingRecordedIsHeld() {
        assertEquals(new ReturnHold.Step(HoldState.HELD, false), ReturnHold.causeArrived(null, null));
    }

    @Test
    void aHeldCauseIsPaidOnPayAndClosedOrRequeuedOtherwise() {
        assertEquals(new ReturnHold.Step(HoldState.RELEASED, true),
                ReturnHold.released(HoldState.HELD, RefundRelease.PAY));
        assertEquals(new ReturnHold.Step(HoldState.CLOSED_UNPAID, false),
                ReturnHold.released(HoldState.HELD, RefundRelease.CLOSE_UNPAID));
        assertEquals(new ReturnHold.Step(HoldState.BACK_TO_QUEUE, false),
                ReturnHold.released(HoldState.HELD, RefundRelease.BACK_TO_QUEUE));
        assertFalse(ReturnHold.released(HoldState.HELD, RefundRelease.NONE).changes());
    }

    @Test
    void aReleaseBeforeItsCauseIsKeptAndAppliedWhenTheCauseComes() {
        assertEquals(new ReturnHold.Step(HoldState.RELEASE_FIRST, false), ReturnHold.released(null, RefundRelease.PAY));
        assertEquals(new ReturnHold.Step(HoldState.RELEASED, true),
                ReturnHold.causeArrived(HoldState.RELEASE_FIRST, RefundRelease.PAY));
        assertEquals(new ReturnHold.Step(HoldState.CLOSED_UNPAID, false),
                ReturnHold.causeArrived(HoldState.RELEASE_FIRST, RefundRelease.CLOSE_UNPAID));
    }

    @Test
    void afterAFinalStateNothingChangesAndAReleasedCauseIsNeverPaidTwice() {
        for (HoldState done : new HoldState[] {HoldState.RELEASED, HoldState.CLOSED_UNPAID, HoldState.BACK_TO_QUEUE}) {
            assertTrue(done.isFinal());
            assertFalse(ReturnHold.released(done, RefundRelease.PAY).changes(), done.name());
            assertFalse(ReturnHold.causeArrived(done, RefundRelease.PAY).changes(), done.name());
        }
        assertFalse(ReturnHold.released(HoldState.RELEASE_FIRST, RefundRelease.BACK_TO_QUEUE).changes());
    }
}
