package io.refunds.refund.refund;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A refund's line payouts as the JSON text of its jsonb column. */
final class LinePayouts {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<LinePayout>> LIST = new TypeReference<>() {
    };

    private LinePayouts() {
    }

    static String write(List<LinePayout> lines) {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("line payouts are always JSON", e);
        }
    }

    static List<LinePayout> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(text, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored line payouts are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
