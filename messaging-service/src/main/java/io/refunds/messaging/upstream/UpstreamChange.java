package io.refunds.messaging.upstream;

import io.refunds.events.CaseEvent;
import java.time.Instant;
import java.util.List;

/**
 * What one step of {@link UpstreamRefundLifecycle} did besides changing the refund in place: the events to publish,
 * when to call the marketplace next (the pending call again — filing, or cancelling once the buyer withdrew — or to
 * ask where the refund stands; null: never), and what the conversation with the buyer learns of the seller.
 */
public record UpstreamChange(UpstreamRefund refund, List<CaseEvent> events, Instant callAgainAt, Instant pollAt,
        SellerNews news) {

    public UpstreamChange {
        events = List.copyOf(events);
    }

    /** What the conversation learns: nothing, the seller's words, a clock to escalate before, a refund or a refusal. */
    public sealed interface SellerNews {
    }

    /** Nothing the buyer needs to hear. */
    public record Quiet() implements SellerNews {
    }

    /** The seller answered on the marketplace (agreed to talk, offered, asked for the goods back): their words. */
    public record Answered(String words) implements SellerNews {
    }

    /** The seller is silent and the marketplace's clock runs: escalate at {@code escalateAt} at the latest. */
    public record ClockRuns(Instant escalateAt) implements SellerNews {
    }

    /** The marketplace refunded the agent: the buyer's request is settled as asked. */
    public record Refunded(String words) implements SellerNews {
    }

    /** The marketplace's refund ended without money: the case goes to the agents. */
    public record Refused(String reason, String proofUrl) implements SellerNews {
    }

    static UpstreamChange nothing(UpstreamRefund refund) {
        return new UpstreamChange(refund, List.of(), null, null, new Quiet());
    }
}
