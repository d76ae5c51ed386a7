-- Issue 23: where the agent bought each item. An item bought on Taobao, Tmall, 1688 or Weidian names the marketplace
-- order (tid) and sub-order (oid) and the purchaser who placed it; its cases get a refund filed on the marketplace.
-- An item without one was sold by a seller who logs in here (the direct path).
ALTER TABLE order_item ADD COLUMN marketplace TEXT
    CHECK (marketplace IN ('TAOBAO', 'TMALL', 'ALIBABA_1688', 'WEIDIAN'));
ALTER TABLE order_item ADD COLUMN marketplace_order_id TEXT;
ALTER TABLE order_item ADD COLUMN marketplace_item_id TEXT;
ALTER TABLE order_item ADD COLUMN purchaser_id TEXT;
ALTER TABLE order_item ADD CONSTRAINT order_item_marketplace_ids
    CHECK ((marketplace IS NULL) = (marketplace_order_id IS NULL)
        AND (marketplace IS NULL) = (marketplace_item_id IS NULL));
