-- A held return-and-refund decision that an appeal's decision superseded pays nothing when its return arrives: the
-- superseding decision is what pays (refund-service pays the item what that decision owes, less what was paid).
ALTER TABLE return_hold DROP CONSTRAINT return_hold_state_check;
ALTER TABLE return_hold ADD CONSTRAINT return_hold_state_check
    CHECK (state IN ('HELD', 'RELEASE_FIRST', 'RELEASED', 'CLOSED_UNPAID', 'BACK_TO_QUEUE', 'SUPERSEDED'));
