package io.refunds.dispute.readside;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.dispute.casefile.CaseFileRepository;
import io.refunds.dispute.decision.DecisionRepository;
import io.refunds.dispute.dispute.Dispute;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.dispute.dispute.DisputeStatus;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agents' queue, one dispute with its case file and history, and a dispute's summary with its decisions. */
@ApplicationScoped
public class DisputeQueries {

    private final DisputeRepository disputes;
    private final DecisionRepository decisions;
    private final CaseFileRepository files;
    private final DisputeHistory history;

    public DisputeQueries(DisputeRepository disputes, DecisionRepository decisions, CaseFileRepository files,
            DisputeHistory history) {
        this.disputes = disputes;
        this.decisions = decisions;
        this.files = files;
        this.history = history;
    }

    @WithSession
    public Uni<List<DisputeView>> queue(DisputeStatus status, String reason, String assignee, UUID caseId) {
        Instant now = Instant.now();
        return disputes.queue(status, reason, assignee, caseId).chain(found -> files
                .itemTitles(found.stream().map(dispute -> dispute.caseId).collect(Collectors.toSet()))
                .map(titles -> found.stream()
                        .map(dispute -> DisputeView.of(dispute, titles.get(dispute.caseId), List.of(), now)).toList()));
    }

    @WithSession
    public Uni<DisputeView> find(UUID disputeId, Caller caller) {
        return disputes.findById(disputeId).chain(dispute -> {
            if (dispute == null || !dispute.visibleTo(caller.id(), caller.isStaff())) {
                return Uni.createFrom().failure(ApiException.notFound("dispute " + disputeId));
            }
            return decisions.of(disputeId).chain(made -> files.findById(dispute.caseId)
                    .chain(file -> files.entries(dispute.caseId).chain(entries -> history.of(disputeId)
                            .map(inside -> DisputeView.of(dispute, file == null ? null : file.itemTitle, made,
                                    CaseFileView.of(file, entries), inside, Instant.now())))));
        });
    }

    /** The dispute with its decisions, without item title, case file or history (the answer to an assignment). */
    @WithSession
    public Uni<DisputeView> summary(Dispute dispute) {
        return decisions.of(dispute.id).map(made -> DisputeView.of(dispute, null, made, Instant.now()));
    }
}
