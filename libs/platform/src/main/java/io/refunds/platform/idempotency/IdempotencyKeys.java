package io.refunds.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a creating POST safe to retry: with the same {@code Idempotency-Key} and body the first answer is
 * replayed; with the same key and another body the request is refused (422). Runs inside the caller's
 * transaction, so the key is stored with the effect or not at all; concurrent requests with one key wait for each
 * other (a transaction-scoped advisory lock on the key), so the second replays what the first stored.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;
    private static final String LOCK = "select 1 from pg_advisory_xact_lock(hashtextextended(:scope || chr(31) || :key, 0))";
    private static final String FIND = "select request_hash, response_status, response_location, response_body from idempotency_key "
            + "where scope = :scope and idem_key = :key";
    private static final String STORE = "insert into idempotency_key (scope, idem_key, request_hash, response_status, "
            + "response_location, response_body) values (:scope, :key, :hash, :status, :location, :body) on conflict do nothing";

    private final ObjectMapper json;

    public IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    /** Runs {@code action} once per (scope, key); {@code request} identifies the body. Needs a transaction. */
    public Uni<IdempotentResponse> once(String scope, String key, Object request,
            Supplier<Uni<IdempotentResponse>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return Uni.createFrom().failure(ApiException.invalid(HEADER, "must be 1 to 200 printable ASCII characters"));
        }
        String hash = fingerprint(request);
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK)
                .setParameter("scope", scope).setParameter("key", key).getSingleResult()
                .chain(locked -> session.createNativeQuery(FIND, Object[].class)
                        .setParameter("scope", scope).setParameter("key", key).getResultList())
                .chain(found -> found.isEmpty()
                        ? action.get().call(response -> store(scope, key, hash, response))
                        : Uni.createFrom().item(replay(found, hash))));
    }

    /** A 201 answer with its body as JSON, ready to be stored and replayed. */
    public IdempotentResponse created(String location, Object body) {
        try {
            return IdempotentResponse.created(location, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    private static IdempotentResponse replay(List<Object[]> found, String hash) {
        Object[] row = found.get(0);
        if (!hash.equals(row[0])) {
            throw ApiException.unprocessable("Idempotency-Key was already used with a different request body");
        }
        return new IdempotentResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
    }

    private Uni<Void> store(String scope, String key, String hash, IdempotentResponse response) {
        return Panache.getSession().chain(session -> session.createNativeQuery(STORE)
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .setParameter("status", response.status()).setParameter("location", response.location())
                .setParameter("body", response.body())
                .executeUpdate()
                .invoke(inserted -> {
                    if (inserted == 0) {
                        throw ApiException.conflict("a request with this Idempotency-Key is in progress; retry");
                    }
                })).replaceWithVoid();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }
}
