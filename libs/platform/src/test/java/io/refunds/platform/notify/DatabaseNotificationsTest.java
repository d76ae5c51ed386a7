package io.refunds.platform.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.platform.testapp.TestDatabase;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The listening connection: when it drops, listeners hear so, it comes back by itself, listens again on every channel
 * (one registered meanwhile too) and tells listeners it is back, since they may have missed notifications.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DatabaseNotificationsTest {

    private static final String CHANNEL = "platform_test";

    @Inject
    DatabaseNotifications notifications;

    @Test
    void aDroppedListeningConnectionComesBackListensAgainAndSaysSo() {
        Awaitility.await().atMost(EventLog.WAIT).until(notifications::connected);
        Listener listener = new Listener();
        notifications.listen(CHANNEL, listener);

        assertEquals(1, TestDatabase.number("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                + "where datname = current_database() and query like 'LISTEN %'"), "one listening connection");

        Awaitility.await().atMost(EventLog.WAIT).until(() -> listener.disconnected.get() == 1);
        Awaitility.await().atMost(EventLog.WAIT).until(() -> listener.connected.get() == 1);
        TestDatabase.column("select pg_notify(?, ?)", CHANNEL, "hello");
        Awaitility.await().atMost(EventLog.WAIT).until(() -> listener.payloads.equals(List.of("hello")));
    }

    /** Records what one channel's listener hears. */
    private static final class Listener implements NotificationListener {

        final List<String> payloads = new CopyOnWriteArrayList<>();
        final AtomicInteger connected = new AtomicInteger();
        final AtomicInteger disconnected = new AtomicInteger();

        @Override
        public void notified(String payload) {
            payloads.add(payload);
        }

        @Override
        public void connected() {
            connected.incrementAndGet();
        }

        @Override
        public void disconnected() {
            disconnected.incrementAndGet();
        }
    }
}
