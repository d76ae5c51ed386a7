package io.refunds.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the outbox relay. */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** Rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * Pause between polls. A commit that wrote events wakes the relay at once (NOTIFY), so the poll only covers
     * notifications lost while the listening connection was down.
     */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Longest a batch may take (database and broker acknowledgements) before it is retried. */
    @WithDefault("30s")
    Duration batchTimeout();

    /** Sent rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
