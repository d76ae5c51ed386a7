package io.refunds.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that passed full verification, by their exact text: bounded, and no entry outlives the token's
 * {@code exp} or the maximum age. Only verified tokens go in; nothing here verifies.
 */
public final class VerifiedTokens {

    private final Cache<String, JsonWebToken> tokens;
    private final Clock clock;
    private final Duration maxAge;

    public VerifiedTokens(long maxSize, Duration maxAge, Clock clock) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.creating((String token, JsonWebToken verified) -> lifetime(verified)))
                .build();
    }

    /** The verified token for this text, or null when it is not here or its {@code exp} has passed. */
    public JsonWebToken get(String token) {
        JsonWebToken verified = tokens.getIfPresent(token);
        return verified == null || lifetime(verified).isZero() ? null : verified;
    }

    /** Keeps a token that was just verified, unless it expires now anyway. */
    public void put(String token, JsonWebToken verified) {
        if (!lifetime(verified).isZero()) {
            tokens.put(token, verified);
        }
    }

    public long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    /** How long a token may stay: until its {@code exp} (seconds since the epoch), at most the maximum age. */
    private Duration lifetime(JsonWebToken verified) {
        long exp = verified.getExpirationTime();
        if (exp <= 0) {
            return maxAge;
        }
        Duration left = Duration.ofMillis(exp * 1_000 - clock.millis());
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }
}
