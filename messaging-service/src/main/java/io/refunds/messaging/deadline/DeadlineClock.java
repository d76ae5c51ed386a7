package io.refunds.messaging.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Adds a response time to a start, in calendar time or in business time (weekends skipped). */
public final class DeadlineClock {

    private DeadlineClock() {
    }

    public static Instant due(Instant start, Duration responseTime, boolean businessDaysOnly, ZoneId zone) {
        if (!businessDaysOnly) {
            return start.plus(responseTime);
        }
        ZonedDateTime cursor = start.atZone(zone);
        Duration left = responseTime;
        while (true) {
            cursor = skipWeekend(cursor);
            ZonedDateTime endOfDay = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            Duration today = Duration.between(cursor, endOfDay);
            if (left.compareTo(today) <= 0) {
                return cursor.plus(left).toInstant();
            }
            left = left.minus(today);
            cursor = endOfDay;
        }
    }

    private static ZonedDateTime skipWeekend(ZonedDateTime time) {
        ZonedDateTime cursor = time;
        while (cursor.getDayOfWeek() == DayOfWeek.SATURDAY || cursor.getDayOfWeek() == DayOfWeek.SUNDAY) {
            cursor = cursor.toLocalDate().plusDays(1).atStartOfDay(cursor.getZone());
        }
        return cursor;
    }
}
