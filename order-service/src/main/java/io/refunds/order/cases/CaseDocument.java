package io.refunds.order.cases;

import io.refunds.order.cases.CaseViewQuery.Loaded;
import io.refunds.order.timeline.Audience;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A loaded case and its view as JSON for each audience (buyer, seller, staff): at most three documents, each
 * written on its first read and then served to every caller of that audience allowed to see the case.
 */
public final class CaseDocument {

    private final Loaded loaded;
    private final AtomicReferenceArray<byte[]> json = new AtomicReferenceArray<>(Audience.values().length);

    public CaseDocument(Loaded loaded) {
        this.loaded = loaded;
    }

    public Loaded loaded() {
        return loaded;
    }

    public RefundCase refundCase() {
        return loaded.refundCase();
    }

    /** The reader's JSON: written by {@code writer} the first time, the same bytes after (a race writes it twice). */
    byte[] json(Audience reader, Function<CaseView, byte[]> writer) {
        byte[] written = json.get(reader.ordinal());
        if (written != null) {
            return written;
        }
        byte[] fresh = writer.apply(loaded.view(reader));
        return json.compareAndSet(reader.ordinal(), null, fresh) ? fresh : json.get(reader.ordinal());
    }
}
