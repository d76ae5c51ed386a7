package io.refunds.order.cases;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.refunds.order.cases.CaseViewQuery.Loaded;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cache's generation rules, without a database: no stale fill, nothing served while changes go unheard. */
class CaseViewCacheTest {

    private final CaseViewCache cache = new CaseViewCache(100, Duration.ofMinutes(10));
    private final UUID caseId = UUID.randomUUID();

    @Test
    void aReadFillsAndTheNextIsServedUntilTheCaseChanges() {
        cache.live(true);
        CaseDocument loaded = loaded(caseId, "o-1", "i-1");
        cache.put(cache.ticket(caseId), loaded);
        assertSame(loaded, cache.get(caseId));

        cache.invalidate(caseId);

        assertNull(cache.get(caseId));
    }

    @Test
    void aReadThatStartedBeforeAChangeDoesNotFillAfterIt() {
        cache.live(true);
        CaseViewCache.Ticket before = cache.ticket(caseId);
        cache.invalidate(caseId);

        cache.put(before, loaded(caseId, "o-1", "i-1"));

        assertNull(cache.get(caseId));
        CaseDocument fresh = loaded(caseId, "o-1", "i-1");
        cache.put(cache.ticket(caseId), fresh);
        assertSame(fresh, cache.get(caseId));
    }

    @Test
    void aReadThatStartedBeforeAReconnectDoesNotFillAfterIt() {
        cache.live(true);
        CaseViewCache.Ticket before = cache.ticket(caseId);
        cache.live(false);
        cache.live(true);

        cache.put(before, loaded(caseId, "o-1", "i-1"));

        assertNull(cache.get(caseId));
    }

    @Test
    void nothingIsServedOrFilledWhileChangesAreNotHeard() {
        CaseDocument loaded = loaded(caseId, "o-1", "i-1");
        cache.put(cache.ticket(caseId), loaded);
        assertNull(cache.get(caseId), "not live before the first connect");

        cache.live(true);
        cache.put(cache.ticket(caseId), loaded);
        cache.live(false);
        assertNull(cache.get(caseId), "not served while disconnected");
        cache.put(cache.ticket(caseId), loaded);

        cache.live(true);
        assertNull(cache.get(caseId), "a reconnect drops what was cached before");
    }

    @Test
    void aQcPhotoDropsEveryCaseOfItsItemOnly() {
        cache.live(true);
        UUID sameItem = UUID.randomUUID();
        UUID otherItem = UUID.randomUUID();
        cache.put(cache.ticket(caseId), loaded(caseId, "o-1", "i-1"));
        cache.put(cache.ticket(sameItem), loaded(sameItem, "o-1", "i-1"));
        CaseDocument other = loaded(otherItem, "o-1", "i-2");
        cache.put(cache.ticket(otherItem), other);

        cache.invalidateItem("o-1", "i-1");

        assertNull(cache.get(caseId));
        assertNull(cache.get(sameItem));
        assertSame(other, cache.get(otherItem));
    }

    private static CaseDocument loaded(UUID caseId, String orderId, String itemId) {
        RefundCase refundCase = new RefundCase();
        refundCase.id = caseId;
        refundCase.orderId = orderId;
        refundCase.itemId = itemId;
        return new CaseDocument(new Loaded(refundCase, List.of(), List.of(), List.of()), new byte[0]);
    }
}
