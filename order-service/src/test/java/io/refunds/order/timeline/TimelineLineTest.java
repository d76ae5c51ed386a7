package io.refunds.order.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.refunds.events.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A line's parameters as stored (JSON): amounts as minor units and currency, instants as ISO text, nothing absent. */
class TimelineLineTest {

    @Test
    void paramsSurviveTheirJsonAndLeaveOutWhatIsAbsent() {
        Instant deadline = Instant.parse("2026-12-04T14:05:33.123456Z");
        TimelineParams params = TimelineParams.NONE.withOutcome("PARTIAL_REFUND", "Scratches", true)
                .withAmount(Money.of(500, "JPY")).withDeadline(deadline).withRefundedBefore(Money.of(1_400, "JPY"));

        JsonObject json = JsonObject.mapFrom(params);

        assertEquals("2026-12-04T14:05:33.123456Z", json.getString("deadline"));
        assertEquals(500L, json.getJsonObject("amount").getLong("minorUnits"));
        assertEquals("JPY", json.getJsonObject("amount").getString("currency"));
        assertEquals(true, json.getBoolean("onAppeal"));
        assertFalse(json.containsKey("party"));
        assertEquals(params, json.mapTo(TimelineParams.class));
    }

    @Test
    void aKeyWrittenByANewerVersionIsIgnoredAndAnUnknownCodeIsNoLine() {
        JsonObject json = new JsonObject().put("party", "BUYER").put("mood", "cross");
        assertEquals("BUYER", json.mapTo(TimelineParams.class).party());

        TimelineEntry entry = new TimelineEntry();
        entry.code = "SOMETHING_NEW";
        entry.summary = "Something new happened";
        assertNull(entry.line());
        entry.code = "APPEAL_FILED";
        entry.params = json.encode();
        assertEquals(TimelineLine.appealFiled("BUYER"), entry.line());
    }
}
