package io.refunds.platform.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Brings an outside API's answer (a payment provider, a marketplace) back to the Vert.x context of the caller, where
 * its database session lives.
 */
public final class OnCallerContext {

    private OnCallerContext() {
    }

    public static <T> Uni<T> resume(Uni<T> call) {
        Context context = Vertx.currentContext();
        return context == null ? call : call.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
