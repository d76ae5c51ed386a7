package io.refunds.order.parcels;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The body of a carrier scan of a parcel; a time left out is now, a time in the future is refused. */
public final class ParcelRequests {

    private ParcelRequests() {
    }

    /** A scan as the carrier reported it; {@code lost}: the carrier declared the parcel lost (absent: not). */
    public record Scan(Instant scannedAt, @Size(max = 200) String location, Boolean lost) {

        public boolean declaredLost() {
            return Boolean.TRUE.equals(lost);
        }
    }
}
