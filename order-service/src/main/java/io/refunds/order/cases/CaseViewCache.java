package io.refunds.order.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.refunds.platform.parties.CaseParties;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Case documents (loaded view and its JSON) by case id, safe against stale fills: every entry carries the generation of its case (striped)
 * and the cache's epoch as they were before its query ran, and counts only while both are unchanged. Dropping a
 * case moves its generation, dropping all moves the epoch, so a read that started before a change can neither
 * serve nor leave behind what it read. Serves and fills only while {@link #live} (change notifications are heard).
 */
final class CaseViewCache {

    private static final int STRIPES = 4096;

    private final Cache<UUID, Entry> entries;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean live;

    CaseViewCache(long maxSize, Duration maxAge) {
        this.entries = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(maxAge).build();
    }

    /**
     * What a read must take before its query, and hand back to {@link #put}. Whether the cache was live needs no
     * field: every change of that state moves the epoch.
     */
    record Ticket(UUID caseId, long epoch, long generation) {
    }

    private record Entry(CaseDocument loaded, long epoch, long generation) {
    }

    /** The cached case, or null: not cached, dropped since, or the cache is not live. */
    CaseDocument get(UUID caseId) {
        Entry entry = entries.getIfPresent(caseId);
        return entry != null && live && entry.epoch == epoch.get() && entry.generation == generation(caseId)
                ? entry.loaded
                : null;
    }

    Ticket ticket(UUID caseId) {
        return new Ticket(caseId, epoch.get(), generation(caseId));
    }

    /** Keeps what a read found, unless something about the case changed since its ticket was taken. */
    void put(Ticket ticket, CaseDocument loaded) {
        if (loaded != null && live && ticket.epoch == epoch.get()
                && ticket.generation == generation(ticket.caseId)) {
            entries.put(ticket.caseId, new Entry(loaded, ticket.epoch, ticket.generation));
        }
    }

    void invalidate(UUID caseId) {
        generations.incrementAndGet(stripe(caseId));
        entries.invalidate(caseId);
    }

    /** Every case on an order item (QC photos belong to the item and show on its cases). */
    void invalidateItem(String orderId, String itemId) {
        entries.asMap().forEach((caseId, entry) -> {
            CaseParties parties = entry.loaded.refundCase().parties();
            if (parties.orderId().equals(orderId) && parties.itemId().equals(itemId)) {
                invalidate(caseId);
            }
        });
    }

    void invalidateAll() {
        epoch.incrementAndGet();
        entries.invalidateAll();
    }

    /** Whether changes are heard: any change of state drops everything (what was missed is unknown). */
    void live(boolean heard) {
        if (heard) {
            invalidateAll();
            live = true;
        } else {
            live = false;
            invalidateAll();
        }
    }

    boolean live() {
        return live;
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private long generation(UUID caseId) {
        return generations.get(stripe(caseId));
    }

    private static int stripe(UUID caseId) {
        return Math.floorMod(caseId.hashCode(), STRIPES);
    }
}
