package io.refunds.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry an event whose effect failed for a reason other than the event itself. */
@ConfigMapping(prefix = "platform.inbox")
public interface InboxConfig {

    /** Attempts before the record goes to the dead-letter topic (while the database answers): 4 take under a second. */
    @WithDefault("4")
    int maxAttempts();

    @WithDefault("100ms")
    Duration initialBackoff();

    @WithDefault("1s")
    Duration maxBackoff();
}
