package io.refunds.order.policy;

import io.smallrye.mutiny.Uni;

/** Whether an item already has an open case: asked by the policy, answered by the cases feature (which uses it). */
public interface OpenCases {

    Uni<Boolean> hasOpenCase(String orderId, String itemId);
}
