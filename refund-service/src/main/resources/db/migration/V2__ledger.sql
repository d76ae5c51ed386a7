-- Issue 6 (first part): a double-entry ledger. Entries are append-only; each transaction balances to zero
-- per currency, checked by the database when the transaction commits.
CREATE TABLE ledger_transaction (
    id          UUID PRIMARY KEY,
    refund_id   UUID        NOT NULL REFERENCES refund (id),
    description TEXT        NOT NULL,
    posted_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_transaction_refund ON ledger_transaction (refund_id);

CREATE TABLE ledger_entry (
    id             BIGSERIAL PRIMARY KEY,
    transaction_id UUID        NOT NULL REFERENCES ledger_transaction (id),
    account        TEXT        NOT NULL,
    currency       CHAR(3)     NOT NULL,
    amount_minor   BIGINT      NOT NULL CHECK (amount_minor <> 0),
    posted_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_entry_account ON ledger_entry (account, currency, posted_at);
CREATE INDEX ledger_entry_transaction ON ledger_entry (transaction_id);

CREATE FUNCTION ledger_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are append-only';
END $$;
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_append_only();

CREATE FUNCTION ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entry WHERE transaction_id = NEW.transaction_id
               GROUP BY currency HAVING sum(amount_minor) <> 0) THEN
        RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balances();

-- Wallet balances are now sums of ledger entries.
DROP TABLE wallet;
