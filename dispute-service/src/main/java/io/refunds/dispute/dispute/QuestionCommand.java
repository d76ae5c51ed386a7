package io.refunds.dispute.dispute;

/** The agent's (or a supervisor's) question to one party. */
public record QuestionCommand(Party from, String question, String askedBy, boolean supervisor) {
}
