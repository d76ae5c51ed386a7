package io.refunds.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests of the negotiation itself: the seller has an hour, so the 6-second test deadline of
 * {@link SellerDeadlineTest} never ends a negotiation half-way on a busy machine.
 */
public class SellerHasTime implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The %test keys too: application.properties sets them, and they must not win.
        return Map.of("messaging.seller-deadline.response-time", "PT1H",
                "%test.messaging.seller-deadline.response-time", "PT1H",
                "messaging.seller-deadline.reminder-before", "PT30M",
                "%test.messaging.seller-deadline.reminder-before", "PT30M");
    }
}
