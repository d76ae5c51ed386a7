package io.refunds.messaging.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlineClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void calendarTimeSimplyAdds() {
        Instant friday = Instant.parse("2026-11-27T02:00:00Z");
        assertEquals(friday.plus(Duration.ofHours(48)), DeadlineClock.due(friday, Duration.ofHours(48), false, SHANGHAI));
    }

    @Test
    void businessTimeSkipsTheWeekendInTheSellersZone() {
        // Friday 10:00 in Shanghai + 48 business hours = Tuesday 10:00 in Shanghai.
        Instant fridayTen = Instant.parse("2026-11-27T02:00:00Z");
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"),
                DeadlineClock.due(fridayTen, Duration.ofHours(48), true, SHANGHAI));
        // Saturday noon starts counting on Monday at midnight.
        Instant saturdayNoon = Instant.parse("2026-11-28T04:00:00Z");
        assertEquals(Instant.parse("2026-11-30T06:00:00Z"),
                DeadlineClock.due(saturdayNoon, Duration.ofHours(14), true, SHANGHAI));
    }
}
