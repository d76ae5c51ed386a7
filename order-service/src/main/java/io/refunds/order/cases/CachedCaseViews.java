package io.refunds.order.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.refunds.order.cases.CaseViewQuery.Loaded;
import io.refunds.order.evidence.QcPhotoAdded;
import io.refunds.order.timeline.Audience;
import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.platform.notify.NotificationListener;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case view read through a per-replica cache of its JSON, per audience (each written once per change, not once per
 * read; at most three per case: buyer, seller, staff). Every replica hears NOTIFY {@value #CHANNEL} (database
 * triggers on the tables the view reads, migration V4) and drops that case; after its listening connection
 * (re)connects it drops all, and while the connection is down it reads the database. Writes on this replica also drop
 * their case synchronously ({@link #evict}), so the writer reads its own write. Who may see a case, and in whose
 * words, is decided per request.
 */
@ApplicationScoped
public class CachedCaseViews implements NotificationListener {

    static final String CHANNEL = "case_changed";

    private final CaseViewQuery query;
    private final ObjectMapper json;
    private final DatabaseNotifications notifications;
    private final CaseViewCache cache;
    private final boolean enabled;

    public CachedCaseViews(CaseViewQuery query, ObjectMapper json, DatabaseNotifications notifications,
            @ConfigProperty(name = "order.case-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "order.case-cache.max-size", defaultValue = "10000") long maxSize,
            @ConfigProperty(name = "order.case-cache.max-age", defaultValue = "PT10M") Duration maxAge) {
        this.query = query;
        this.json = json;
        this.notifications = notifications;
        this.enabled = enabled;
        this.cache = new CaseViewCache(maxSize, maxAge);
    }

    /** Before {@link DatabaseNotifications} connects at start-up. */
    void register(@Observes StartupEvent event) {
        if (enabled) {
            notifications.listen(CHANNEL, this);
        }
    }

    /** The case as cached now, or null (not cached, changed since, or the cache is not serving). */
    public CaseDocument cached(UUID caseId) {
        return enabled ? cache.get(caseId) : null;
    }

    /** The case with everything on it, its views as JSON written on demand, or null when there is none. */
    public Uni<CaseDocument> find(UUID caseId) {
        if (!enabled) {
            return query.find(caseId).map(this::document);
        }
        CaseDocument cached = cache.get(caseId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        CaseViewCache.Ticket ticket = cache.ticket(caseId);
        return query.find(caseId).map(this::document).invoke(document -> cache.put(ticket, document));
    }

    /** The case as {@code reader} sees it, as JSON: written once per document and audience, then served as is. */
    public byte[] json(CaseDocument document, Audience reader) {
        return document.json(reader, this::write);
    }

    private CaseDocument document(Loaded loaded) {
        return loaded == null ? null : new CaseDocument(loaded);
    }

    private byte[] write(CaseView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + view.caseId() + " cannot be written as JSON", e);
        }
    }

    /** A write on this replica changed the case (call after its transaction committed). */
    public void evict(UUID caseId) {
        cache.invalidate(caseId);
    }

    /** The same, for a case id as text (a Kafka record key); anything else is ignored. */
    public void evictKey(String caseId) {
        if (caseId != null) {
            try {
                evict(UUID.fromString(caseId));
            } catch (IllegalArgumentException e) {
                Log.debugf("record key %s is no case id", caseId);
            }
        }
    }

    /** A write on this replica changed what every case of the item shows: a QC photo (after its commit). */
    void evictItem(@Observes QcPhotoAdded added) {
        cache.invalidateItem(added.orderId(), added.itemId());
    }

    /** Whether reads are served from the cache now (enabled, and change notifications are heard). */
    public boolean serving() {
        return enabled && cache.live();
    }

    @Override
    public void notified(String payload) {
        try {
            cache.invalidate(UUID.fromString(payload));
        } catch (IllegalArgumentException e) {
            Log.warnf("%s with an unreadable case id '%s': dropping every cached case", CHANNEL, payload);
            cache.invalidateAll();
        }
    }

    @Override
    public void connected() {
        cache.live(true);
    }

    @Override
    public void disconnected() {
        cache.live(false);
    }
}
