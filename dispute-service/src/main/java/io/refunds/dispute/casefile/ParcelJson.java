package io.refunds.dispute.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.refunds.events.ParcelClaim;

/** A parcel claim as the JSON text the case file keeps in a jsonb column (read and written as text). */
final class ParcelJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ParcelJson() {
    }

    static String write(ParcelClaim parcel) {
        if (parcel == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(parcel);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parcel claim is always JSON", e);
        }
    }

    static ParcelClaim read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, ParcelClaim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored parcel claim is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
