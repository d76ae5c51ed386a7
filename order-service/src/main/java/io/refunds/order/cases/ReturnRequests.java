package io.refunds.order.cases;

import io.refunds.events.Inspection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The bodies of the return's steps; a time left out is now, a time in the future is refused. */
public final class ReturnRequests {

    private ReturnRequests() {
    }

    /** The shipper's carrier and tracking, and when it was handed over. */
    public record Shipment(@NotBlank @Size(max = 100) String carrier, @NotBlank @Size(max = 100) String tracking,
            Instant shippedAt) {
    }

    /** A carrier scan of the returned parcel, as the carrier reported it. */
    public record Scan(Instant scannedAt, @Size(max = 200) String location) {
    }

    /** The receipt: what the inspection found, photos of it (required unless AS_EXPECTED), a note. */
    public record Receipt(@NotNull Inspection inspection,
            @Size(max = 20) List<@NotBlank @Size(max = 128) @Pattern(regexp = "[^,]+") String> photoIds,
            @Size(max = 2000) String note, Instant receivedAt) {
    }
}
