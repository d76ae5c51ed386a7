package io.refunds.messaging.negotiation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Conversations and their messages; changes lock the conversation first. */
@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    public Uni<Conversation> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResult();
    }

    /**
     * The case's conversation, read and locked in one statement: reading it first and locking it after would keep
     * the state read before the lock, and overwrite what a concurrent change (an acceptance, say) committed.
     */
    public Uni<Conversation> lockOfCase(UUID caseId) {
        return find("caseId", caseId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Locks the conversation for a state change (seller reply versus deadline). */
    public Uni<Conversation> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Message>> messages(UUID conversationId) {
        return getSession().chain(session -> session
                .createSelectionQuery("from Message where conversationId = :id order by sentAt, id", Message.class)
                .setParameter("id", conversationId)
                .getResultList());
    }

    public Uni<Void> add(Message message) {
        return getSession().chain(session -> session.persist(message));
    }

    public Uni<List<Conversation>> ofParticipant(String userId) {
        return list("parties.buyerId = ?1 or parties.sellerId = ?1", Sort.descending("openedAt"), userId);
    }
}
