package io.refunds.order.returns;

import io.refunds.order.policy.Fault;

/** Who pays a return's postage: the party whose fault the claim is. */
public enum PostagePayer {
    BUYER,
    SELLER,
    AGENT,
    CARRIER;

    /** The payer for a claim of {@code fault}. */
    public static PostagePayer of(Fault fault) {
        return switch (fault) {
            case BUYER -> BUYER;
            case SELLER -> SELLER;
            case AGENT -> AGENT;
            case CARRIER -> CARRIER;
        };
    }
}
