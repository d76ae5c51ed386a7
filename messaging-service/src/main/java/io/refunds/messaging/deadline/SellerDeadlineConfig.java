package io.refunds.messaging.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** How long a seller has to answer a buyer's claim, and when to remind them. */
@ConfigMapping(prefix = "messaging.seller-deadline")
public interface SellerDeadlineConfig {

    @WithDefault("PT48H")
    Duration responseTime();

    /** Counts only Monday to Friday in {@link #zone()} (weekends do not run the clock). */
    @WithDefault("false")
    boolean businessDaysOnly();

    /** The sellers' time zone, for business days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** A reminder this long before the deadline; zero sends none. */
    @WithDefault("PT12H")
    Duration reminderBefore();
}
