package io.refunds.messaging.upstream;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The upstream tests: the seller has an hour here, so only the marketplace's clock (with a margin) can make the
 * deadline come sooner; polls are an hour apart, so only a push makes a change arrive during a test; a filing with
 * no answer is tried again after 200 ms.
 */
public class UpstreamProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("messaging.seller-deadline.response-time", "PT1H",
                "%test.messaging.seller-deadline.response-time", "PT1H",
                "messaging.seller-deadline.reminder-before", "PT0S",
                "%test.messaging.seller-deadline.reminder-before", "PT0S",
                "messaging.upstream.escalation-margin", "PT22S",
                "messaging.upstream.poll-interval", "PT1H",
                "messaging.upstream.retry-initial", "PT0.2S",
                "messaging.upstream.evidence-base-url", "https://agent.example/api/evidence");
    }
}
