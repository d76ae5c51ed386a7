package io.refunds.platform.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A creating POST made safe to retry with {@code Idempotency-Key}; {@code holdMillis} keeps its transaction open. */
@Path("/test/things")
@PermitAll
public class ThingResource {

    /** The request; {@code holdMillis} lets concurrent requests overlap. */
    public record NewThing(String value, Integer holdMillis) {
    }

    /** The answer, stored and replayed. */
    public record Created(UUID id, String value) {
    }

    private final IdempotencyKeys keys;

    public ThingResource(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> create(@HeaderParam(IdempotencyKeys.HEADER) String key, NewThing request) {
        return keys.once("things", key, request, () -> {
            Thing thing = new Thing();
            thing.id = UUID.randomUUID();
            thing.idemKey = key;
            thing.value = request.value();
            return thing.<Thing>persist()
                    .call(() -> hold(request.holdMillis()))
                    .map(created -> keys.created("/test/things/" + created.id, new Created(created.id, created.value)));
        }).map(answer -> answer.toResponse());
    }

    private static Uni<Void> hold(Integer millis) {
        if (millis == null || millis <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("select 1 from pg_sleep(:seconds)")
                .setParameter("seconds", millis / 1000.0).getSingleResult()).replaceWithVoid();
    }
}
