package io.refunds.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Whether the service's database answers now: tells a record that keeps failing from a database that is down. */
@ApplicationScoped
public class DatabaseProbe {

    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Pool pool;

    public DatabaseProbe(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> answers() {
        return pool.query("select 1").execute().map(rows -> true)
                .ifNoItem().after(TIMEOUT).fail()
                .onFailure().recoverWithItem(false);
    }

    /** Completes once the database answers again, asking once a second. */
    public Uni<Void> untilItAnswers() {
        return answers().chain(up -> up ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(PAUSE).chain(this::untilItAnswers));
    }
}
