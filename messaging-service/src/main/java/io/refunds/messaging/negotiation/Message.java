package io.refunds.messaging.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A message in a conversation; stored and served as plain text, never rendered as markup. */
@Entity
@Table(name = "message")
public class Message {

    /** The author id of the messages the platform writes itself. */
    static final String SYSTEM = "system";

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false)
    public AuthorRole authorRole;

    @Column(nullable = false)
    public String body;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** Who put the message in its author's voice (the marketplace mirror, a purchaser); null: the author typed it. */
    @Column(name = "relayed_by")
    public String relayedBy;

    /** Evidence ids (stored by order-service), comma-separated. */
    @Column(name = "evidence_ids", nullable = false)
    public String evidenceIds = "";

    public List<String> evidence() {
        return evidenceIds.isEmpty() ? List.of() : List.of(evidenceIds.split(","));
    }

    static Message of(UUID conversationId, String authorId, AuthorRole role, String body, List<UUID> evidence,
            Instant sentAt) {
        Message message = new Message();
        message.id = UUID.randomUUID();
        message.conversationId = conversationId;
        message.authorId = authorId;
        message.authorRole = role;
        message.body = body;
        message.evidenceIds = evidence.stream().map(UUID::toString).collect(Collectors.joining(","));
        message.sentAt = sentAt;
        return message;
    }

    /** The seller's words as {@code relayedBy} put them here (the seller never typed them on this platform). */
    static Message relayed(UUID conversationId, String sellerId, String relayedBy, String body, Instant sentAt) {
        Message message = of(conversationId, sellerId, AuthorRole.SELLER, body, List.of(), sentAt);
        message.relayedBy = relayedBy;
        return message;
    }

    static Message system(UUID conversationId, String body, Instant sentAt) {
        return of(conversationId, SYSTEM, AuthorRole.SYSTEM, body, List.of(), sentAt);
    }
}
