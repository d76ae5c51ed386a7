package io.refunds.platform.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The test application's kind of deadline: firing records the subject and which scheduler fired it (the Vert.x
 * context local {@link #FIRER}, set by a test that runs a scheduler; "bean" otherwise), and takes a little while, so
 * schedulers running at once really overlap.
 */
@ApplicationScoped
public class TestDeadline implements DeadlineHandler {

    public static final String KIND = "platform-test";
    public static final String FIRER = "platform-test.firer";

    private static final String INSERT = "insert into fired (subject, firer) select :subject, :firer from pg_sleep(0.05)";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> fire(String subject) {
        Context context = Vertx.currentContext();
        Object firer = context == null ? null : context.getLocal(FIRER);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("subject", subject)
                .setParameter("firer", firer == null ? "bean" : firer.toString())
                .executeUpdate()).replaceWithVoid();
    }
}
