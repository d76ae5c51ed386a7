package io.refunds.platform.inbox;

/**
 * Told of every record a consumer gave up on (the record goes to {@code <topic>.dlq}), with the failure that made it
 * give up; the platform's metrics implement it ({@code metrics.DeadLetters}), so the inbox knows nothing of them.
 */
public interface DeadLetterCount {

    void count(String topic, String handler, Throwable failure);
}
