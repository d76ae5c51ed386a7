package io.refunds.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.events.RefundBreakdown;
import java.util.List;

/**
 * A breakdown as the JSON text an entity keeps in a jsonb column (read and written with {@code cast(… as text)}),
 * and named lines as a request carries them.
 */
public final class BreakdownJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BreakdownJson() {
    }

    /** The text to store; null for no breakdown. */
    public static String write(RefundBreakdown breakdown) {
        if (breakdown == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(breakdown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a breakdown is always JSON", e);
        }
    }

    /** The stored breakdown; null when none was stored. */
    public static RefundBreakdown read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, RefundBreakdown.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored breakdown is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** The lines a request names (none for null). */
    public static List<RefundLines.Named> named(List<LineInput> lines) {
        return lines == null ? List.of() : lines.stream()
                .map(line -> new RefundLines.Named(line.kind() == null ? null : line.kind().name(),
                        line.amount() == null ? null : line.amount().toMoney()))
                .toList();
    }
}
