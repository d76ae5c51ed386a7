package io.refunds.bench;

import io.refunds.events.EventType;

/** The events of the silent-seller path, in order, with the payload field that holds each one's business time. */
enum Step {
    ISSUE_REPORTED(EventType.ISSUE_REPORTED, "reportedAt"),
    SELLER_UNRESPONSIVE(EventType.SELLER_UNRESPONSIVE, "occurredAt"),
    DISPUTE_OPENED(EventType.DISPUTE_OPENED, "openedAt"),
    DECISION_MADE(EventType.DECISION_MADE, "decidedAt"),
    REFUND_ISSUED(EventType.REFUND_ISSUED, "issuedAt");

    final EventType event;
    final String timeField;

    Step(EventType event, String timeField) {
        this.event = event;
        this.timeField = timeField;
    }

    static Step ofTopic(String topic) {
        for (Step step : values()) {
            if (step.event.topic().equals(topic)) {
                return step;
            }
        }
        throw new IllegalArgumentException(topic);
    }
}
