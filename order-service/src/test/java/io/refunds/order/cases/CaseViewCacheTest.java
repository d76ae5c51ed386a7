package io.refunds.order.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.order.cases.CaseViewQuery.Loaded;
import io.refunds.order.timeline.Audience;
import io.refunds.order.timeline.TimelineCode;
import io.refunds.order.timeline.TimelineEntry;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.parties.CaseParties;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The cache's generation rules, without a database: no stale fill, nothing served while changes go unheard; and each
 * reader's JSON written once per cached case.
 */
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

    @Test
    void aDocumentWritesEachReadersJsonOnceInTheirWordsAndServesItAfter() {
        RefundCase refundCase = refundCase(caseId, "o-1", "i-1");
        TimelineEntry reported = new TimelineEntry();
        reported.eventType = "IssueReported";
        reported.actor = "b-1";
        reported.code = TimelineCode.ISSUE_REPORTED.name();
        reported.params = JsonObject.mapFrom(TimelineLine.issueReported("DEFECTIVE", Remedy.FULL_REFUND, null, null).params())
                .encode();
        reported.summary = "stored wording";
        reported.occurredAt = Instant.parse("2026-12-01T10:00:00Z");
        CaseDocument document = new CaseDocument(new Loaded(refundCase, List.of(), List.of(), List.of(reported)));
        List<String> written = new ArrayList<>();
        Function<CaseView, byte[]> writer = view -> {
            written.add(view.timeline().get(0).summary());
            return view.timeline().get(0).summary().getBytes(StandardCharsets.UTF_8);
        };

        byte[] buyer = document.json(Audience.BUYER, writer);
        byte[] seller = document.json(Audience.SELLER, writer);

        assertSame(buyer, document.json(Audience.BUYER, writer));
        assertSame(seller, document.json(Audience.SELLER, writer));
        assertEquals(List.of("You reported the item as defective and asked for a full refund",
                "The buyer reported your item as defective and asked for a full refund"), written);
        document.json(Audience.STAFF, writer);
        assertEquals("The buyer reported the item as defective and asked for a full refund", written.get(2));
        assertEquals(3, written.size(), "at most three documents per case");
    }

    private static CaseDocument loaded(UUID caseId, String orderId, String itemId) {
        return new CaseDocument(new Loaded(refundCase(caseId, orderId, itemId), List.of(), List.of(), List.of()));
    }

    private static RefundCase refundCase(UUID caseId, String orderId, String itemId) {
        RefundCase refundCase = new RefundCase();
        refundCase.id = caseId;
        refundCase.parties = new CaseParties(orderId, itemId, "b-1", "s-1", "DEFECTIVE", Money.of(12_900, "USD"));
        return refundCase;
    }
}
