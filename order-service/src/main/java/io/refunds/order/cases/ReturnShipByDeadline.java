package io.refunds.order.cases;

import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A return's ship-by time passed: a return still not sent expires and its refund closes unpaid. */
@ApplicationScoped
public class ReturnShipByDeadline implements DeadlineHandler {

    private final ReturnActions actions;

    public ReturnShipByDeadline(ReturnActions actions) {
        this.actions = actions;
    }

    @Override
    public String kind() {
        return ReturnOpening.SHIP_BY;
    }

    @Override
    public Uni<Void> fire(String subject) {
        return actions.expire(UUID.fromString(subject));
    }
}
