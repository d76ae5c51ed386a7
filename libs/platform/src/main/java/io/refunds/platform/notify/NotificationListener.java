package io.refunds.platform.notify;

/**
 * Receives one channel's notifications and the state of the listening connection; every call comes on an event
 * loop and must not block. While the connection is down, notifications are lost: after {@link #connected()} a
 * listener must assume it missed some.
 */
public interface NotificationListener {

    /** A notification on the channel, with its payload ({@code ""} when the sender gave none). */
    void notified(String payload);

    /** The connection is listening again (also the first time): anything may have happened in between. */
    default void connected() {
    }

    /** The connection dropped (or the service stops): nothing is heard until {@link #connected()}. */
    default void disconnected() {
    }
}
