-- Issue 22: the refund of a return outcome waits for the return. One row per cause (decision:<id>, settlement:<id>):
-- the cause itself once it arrived (JSON of RefundCause), and what the return released, in whichever order the two
-- arrive. HELD: the cause waits for its return; RELEASE_FIRST: the return's release came before its cause; RELEASED:
-- paid; CLOSED_UNPAID: the return was never sent; BACK_TO_QUEUE: the inspection found something else and an agent
-- decides again (a new decision pays, if anything).
CREATE TABLE return_hold (
    cause_key  TEXT PRIMARY KEY,
    case_id    UUID        NOT NULL,
    state      TEXT        NOT NULL
        CHECK (state IN ('HELD', 'RELEASE_FIRST', 'RELEASED', 'CLOSED_UNPAID', 'BACK_TO_QUEUE')),
    cause      JSONB,
    release    TEXT CHECK (release IN ('PAY', 'BACK_TO_QUEUE', 'CLOSE_UNPAID')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX return_hold_case ON return_hold (case_id);
