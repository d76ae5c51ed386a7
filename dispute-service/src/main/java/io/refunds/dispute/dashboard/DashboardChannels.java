package io.refunds.dispute.dashboard;

/**
 * The dashboard's one incoming channel: every {@code refunds.*} topic in one consumer group,
 * {@code dispute-service.dashboard} (see application.properties); a record it gives up on goes to its own
 * topic's dead-letter topic.
 */
public final class DashboardChannels {

    public static final String CHANNEL = "dashboard";
    public static final String GROUP = "dispute-service.dashboard";

    private DashboardChannels() {
    }
}
