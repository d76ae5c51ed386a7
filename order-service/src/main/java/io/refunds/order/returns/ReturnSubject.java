package io.refunds.order.returns;

import java.util.UUID;

/** What a return is for: the case, the decision or settlement that asked for it (its cause), the item and parties. */
public record ReturnSubject(UUID caseId, String cause, String orderId, String itemId, String buyerId,
        String sellerId) {
}
