package io.refunds.platform.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An instant as a person reads it in a sentence: to the minute, with the zone named ("4 Dec 2026, 14:05 UTC"). */
public final class Moments {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Moments() {
    }

    public static String format(Instant instant) {
        return MINUTE.format(instant);
    }
}
