package io.refunds.platform.inbox;

/** A record that no retry can apply (unparseable, unknown type or version, schema-invalid): it goes to the DLQ. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
