package io.refunds.platform.testapp;

import io.refunds.events.CaseWithdrawn;
import io.refunds.events.MessagePosted;
import io.refunds.events.SellerDeclined;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builders of the events the test application reads, each about one case. */
public final class TestEventsOf {

    private TestEventsOf() {
    }

    /** A buyer's message with {@code body} (its own message id, so its own business key). */
    public static MessagePosted message(UUID caseId, String body) {
        return new MessagePosted(caseId, UUID.randomUUID(), UUID.randomUUID(), "b-platform", "BUYER", body, List.of(),
                Instant.now());
    }

    public static CaseWithdrawn withdrawal(UUID caseId) {
        return new CaseWithdrawn(caseId, "b-platform", "s-platform", Instant.now());
    }

    public static SellerDeclined decline(UUID caseId, String reason) {
        return new SellerDeclined(caseId, UUID.randomUUID(), "s-platform", reason, Instant.now());
    }
}
