package io.refunds.dispute.readside;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.dispute.appeal.Appeal;
import io.refunds.dispute.dispute.Party;
import io.refunds.dispute.followup.FollowUp;
import io.refunds.dispute.information.InformationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened inside the dispute itself: follow-ups, the agent's questions with their answers, appeals. */
@ApplicationScoped
public class DisputeHistory {

    /** A follow-up as the dispute view shows it. */
    public record FollowUpView(String authorId, String authorRole, String body, Instant postedAt) {
    }

    /** A question and its answer, if given. */
    public record QuestionView(UUID requestId, Party party, String question, String askedBy, Instant dueAt,
            String statement, Instant answeredAt) {
    }

    /** An appeal as the dispute view shows it. */
    public record AppealView(Party party, String appellantId, UUID appealedDecisionId, String reason, Instant filedAt) {
    }

    /** The three lists of one dispute. */
    public record History(List<FollowUpView> followUps, List<QuestionView> questions, List<AppealView> appeals) {
    }

    public Uni<History> of(UUID disputeId) {
        return list(FollowUp.class, "postedAt", disputeId).chain(followUps -> list(InformationRequest.class, "askedAt",
                disputeId).chain(questions -> list(Appeal.class, "filedAt", disputeId).map(appeals -> new History(
                        followUps.stream().map(f -> new FollowUpView(f.authorId, f.authorRole, f.body, f.postedAt))
                                .toList(),
                        questions.stream().map(q -> new QuestionView(q.id, q.party, q.question, q.askedBy, q.dueAt,
                                q.statement, q.answeredAt)).toList(),
                        appeals.stream().map(a -> new AppealView(a.party, a.appellantId, a.appealedDecisionId,
                                a.reason, a.filedAt)).toList()))));
    }

    private static <T> Uni<List<T>> list(Class<T> type, String orderedBy, UUID disputeId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + type.getSimpleName() + " where disputeId = :id order by " + orderedBy,
                        type)
                .setParameter("id", disputeId)
                .getResultList());
    }
}
