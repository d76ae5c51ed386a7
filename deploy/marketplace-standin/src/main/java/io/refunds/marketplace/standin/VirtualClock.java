package io.refunds.marketplace.standin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The marketplace's clock: real time plus an offset tests move forward; shown as Taobao does, in Shanghai time. */
final class VirtualClock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TAOBAO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    Instant now() {
        return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
    }

    void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    static String format(Instant instant) {
        return instant == null ? null : TAOBAO.format(instant.atZone(SHANGHAI));
    }

    static boolean isTimestamp(String text) {
        try {
            LocalDateTime.parse(text, TAOBAO);
            return true;
        } catch (DateTimeParseException notOne) {
            return false;
        }
    }
}
