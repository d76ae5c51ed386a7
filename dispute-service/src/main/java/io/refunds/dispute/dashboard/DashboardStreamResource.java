package io.refunds.dispute.dashboard;

import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /api/disputes/events/stream}: Server-Sent Events of every {@code refunds.*} event for agents and
 * supervisors. Each event's {@code id:} is its stream position; reconnecting with {@code Last-Event-ID: n}
 * (what EventSource sends by itself) or {@code ?after=n} replays everything after n, then goes on live;
 * without a position, {@code ?tail=n} starts with the latest n events (default: every event kept). The
 * stream ends when the token expires, so a reconnect with an expired token is refused.
 */
@Path("/api/disputes/events/stream")
public class DashboardStreamResource {

    static final long RECONNECT_DELAY_MS = 2_000;
    private static final String KEEP_ALIVE = "keepalive";

    private final StreamAuthenticator authenticator;
    private final DashboardFeed feed;
    private final DashboardEvents events;
    private final DashboardConfig config;

    public DashboardStreamResource(StreamAuthenticator authenticator, DashboardFeed feed, DashboardEvents events,
            DashboardConfig config) {
        this.authenticator = authenticator;
        this.feed = feed;
        this.events = events;
        this.config = config;
    }

    /** Authenticated by hand (see {@link StreamAuthenticator}), hence open to the HTTP layer. */
    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@HeaderParam("Authorization") String authorization,
            @QueryParam("access_token") String accessToken, @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") String after, @QueryParam("tail") String tail, @Context Sse sse) {
        StreamAuthenticator.Reader reader = authenticator.authenticate(authorization, accessToken);
        long position = Math.max(position("Last-Event-ID", lastEventId), position("after", after));
        long last = position("tail", tail);
        Uni<Long> start = position > 0 || last == 0 ? Uni.createFrom().item(position)
                : events.head().map(head -> Math.max(0, head - last));
        Duration lifetime = Duration.between(Instant.now(), reader.expiresAt());
        Multi<OutboundSseEvent> stored = start.onItem().transformToMulti(feed::after).map(event -> sse.newEventBuilder()
                .id(Long.toString(event.position()))
                .reconnectDelay(RECONNECT_DELAY_MS)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(StreamEvent.class, event)
                .build());
        Multi<OutboundSseEvent> keepAlives = Multi.createFrom().ticks().every(config.keepAlive()).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().name(KEEP_ALIVE).data(String.class, "").build());
        return Multi.createBy().merging().streams(stored, keepAlives).select().first(lifetime);
    }

    private static long position(String field, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(value.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // Answered below.
        }
        throw ApiException.invalid(field, "must be a whole number, 0 or more");
    }
}
