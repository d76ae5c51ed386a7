package io.refunds.dispute.information;

import io.refunds.dispute.dispute.Party;
import io.refunds.dispute.dispute.QuestionCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whom the agent asks, and what. */
public record QuestionRequest(@NotNull Party from, @NotBlank @Size(max = 4000) String question) {

    /** The question as {@code askedBy} asks it. */
    public QuestionCommand by(String askedBy, boolean supervisor) {
        return new QuestionCommand(from, question, askedBy, supervisor);
    }
}
