package io.refunds.messaging.marketplace;

import io.refunds.events.Money;
import java.util.List;

/**
 * A refund to file on the marketplace: our idempotency key, the marketplace order and sub-order, what is asked for (in
 * the marketplace's currency), why, whether the goods go back, and the buyer's evidence and the warehouse's QC
 * baseline as image URLs the marketplace can fetch.
 */
public record FilingRequest(String outRefundId, String orderId, String itemId, Money amount, String reason,
        String description, boolean goodsReturned, List<String> evidenceUrls, List<String> qcPhotoUrls) {

    public FilingRequest {
        evidenceUrls = List.copyOf(evidenceUrls);
        qcPhotoUrls = List.copyOf(qcPhotoUrls);
    }
}
