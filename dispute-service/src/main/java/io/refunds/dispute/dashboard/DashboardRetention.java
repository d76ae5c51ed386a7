package io.refunds.dispute.dashboard;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Prunes stored dashboard events older than {@code dashboard.retention} (7 days by default): a client away
 * longer resumes from the oldest event kept. Deleting is idempotent, so every replica may prune.
 */
@ApplicationScoped
public class DashboardRetention {

    private final DashboardEvents events;
    private final DashboardConfig config;

    public DashboardRetention(DashboardEvents events, DashboardConfig config) {
        this.events = events;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        return events.pruneBefore(Instant.now().minus(config.retention()))
                .invoke(pruned -> Log.debugf("dashboard retention pruned %d events", pruned))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("dashboard retention will retry: %s", failure.toString());
                    return null;
                });
    }
}
