package io.refunds.order.order;

import io.smallrye.mutiny.Uni;

/** Whether an item has an open warehouse-stage case: asked by the journey, answered by the cases feature. */
public interface WarehouseClaims {

    Uni<Boolean> hasOpenWarehouseClaim(String orderId, String itemId);
}
