package io.refunds.order.cases;

import io.refunds.order.cases.CaseViewQuery.Loaded;

/** A loaded case and its view as JSON, written once and served to every caller allowed to see it. */
public record CaseDocument(Loaded loaded, byte[] json) {

    public RefundCase refundCase() {
        return loaded.refundCase();
    }
}
