package io.refunds.messaging.marketplace;

import io.refunds.events.Money;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * The port to the marketplace the agent bought an item on, where the agent is the buyer and files the refund. Every
 * change names the refund's {@code refund_version}; adapters never fail the Uni: what happens on the wire becomes a
 * {@link MarketplaceReply}.
 */
public interface Marketplace {

    /** Files the refund; the same {@code outRefundId} again answers the refund already filed, never a second one. */
    Uni<MarketplaceReply> file(FilingRequest request);

    /** Where the marketplace's refund stands now. */
    Uni<MarketplaceReply> query(String marketplaceRefundId);

    /** The refund filed under {@code outRefundId}, if any (NOT_FOUND otherwise), e.g. after a filing timed out. */
    Uni<MarketplaceReply> find(String outRefundId);

    /** The buyer's side lowers what it asks for, e.g. to the seller's partial offer. */
    Uni<MarketplaceReply> modify(String marketplaceRefundId, long refundVersion, Money amount);

    /** The buyer's side agrees to send the goods back, from {@code senderAddress} (the agent's warehouse). */
    Uni<MarketplaceReply> agreeToReturn(String marketplaceRefundId, long refundVersion, String senderAddress);

    /** The return was shipped to the seller, with the carrier and tracking. */
    Uni<MarketplaceReply> shipReturn(String marketplaceRefundId, long refundVersion, String carrier, String tracking);

    /** The buyer's side withdraws the refund. */
    Uni<MarketplaceReply> cancel(String marketplaceRefundId, long refundVersion);

    /** A change notification the marketplace pushed, when its signature is the marketplace's; empty otherwise. */
    Optional<PushedChange> verifiedPush(byte[] body, String signature);
}
