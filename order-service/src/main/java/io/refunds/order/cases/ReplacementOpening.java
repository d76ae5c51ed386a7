package io.refunds.order.cases;

import io.refunds.order.returns.ReplacementRepository;
import io.refunds.order.returns.Replacements;
import io.refunds.order.returns.ReturnConfig;
import io.refunds.order.returns.StoredReplacement;
import io.refunds.order.timeline.Timeline;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.deadline.Deadlines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Awaits the new item an exchange or replacement outcome promises, in the transaction that applied the decision or
 * settlement: once per cause. The due time is scheduled (kind {@code replacement-due}), the case's next deadline is
 * the replacement's, and the timeline says where the new item is awaited by when.
 */
@ApplicationScoped
public class ReplacementOpening {

    /** The deadline kind of a replacement's due time; its subject is the replacement id. */
    public static final String DUE = "replacement-due";

    /** The case's next deadline while its replacement is awaited. */
    static final String DEADLINE_KIND = "REPLACEMENT";

    private final ReplacementRepository replacements;
    private final ReturnConfig config;
    private final Deadlines deadlines;
    private final Timeline timeline;

    public ReplacementOpening(ReplacementRepository replacements, ReturnConfig config, Deadlines deadlines,
            Timeline timeline) {
        this.replacements = replacements;
        this.config = config;
        this.deadlines = deadlines;
        this.timeline = timeline;
    }

    /** Awaits the replacement for {@code cause} unless one is awaited for it already. */
    public Uni<Void> open(RefundCase refundCase, String cause) {
        return replacements.byCause(cause).chain(existing -> existing != null ? Uni.createFrom().voidItem()
                : open(refundCase, cause, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }

    private Uni<Void> open(RefundCase refundCase, String cause, Instant now) {
        StoredReplacement r = Replacements.open(UUID.randomUUID(), ReturnOpening.subject(refundCase, cause),
                refundCase.claimStage(), config.replacementWithin(), now);
        refundCase.nextDeadlineKind = DEADLINE_KIND;
        refundCase.nextDeadlineAt = r.dueAt();
        TimelineLine line = TimelineLine.replacementAwaited(cause, r.arrivesAs().name(), r.dueAt());
        return replacements.persist(r)
                .chain(() -> deadlines.schedule(DUE, r.id().toString(), r.dueAt()))
                .chain(() -> timeline.record(refundCase.id(), UUID.randomUUID(), "ReplacementAwaited",
                        CaseChange.SYSTEM, line, now))
                .replaceWithVoid();
    }
}
