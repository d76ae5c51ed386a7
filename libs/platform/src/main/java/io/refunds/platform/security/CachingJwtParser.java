package io.refunds.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The MP-JWT parser every request's bearer token goes through (smallrye-jwt's {@code MpJwtValidator} calls
 * {@link #parse(String)}), with the result of full verification (signature, issuer, expiry, ...) kept per exact
 * token text, so a token seen again skips parsing and the RSA check. A token that fails is never kept; see
 * {@link VerifiedTokens} for how long one that passed is.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final VerifiedTokens verified;
    private final boolean enabled;
    private final Counter verifications;
    private final Counter hits;

    public CachingJwtParser(DefaultJWTParser verifier, MeterRegistry registry,
            @ConfigProperty(name = "platform.security.token-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "platform.security.token-cache.max-size", defaultValue = "10000") long maxSize,
            @ConfigProperty(name = "platform.security.token-cache.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.verifier = verifier;
        this.enabled = enabled;
        this.verified = new VerifiedTokens(maxSize, maxAge, Clock.systemUTC());
        this.verifications = Counter.builder("platform.security.token.verifications")
                .description("Bearer tokens fully verified (parsed and signature checked), passed or failed")
                .register(registry);
        this.hits = Counter.builder("platform.security.token.cache.hits")
                .description("Bearer tokens answered from the verified-token cache")
                .register(registry);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!enabled) {
            return verify(token);
        }
        JsonWebToken known = verified.get(token);
        if (known != null) {
            hits.increment();
            return known;
        }
        JsonWebToken fresh = verify(token);
        verified.put(token, fresh);
        return fresh;
    }

    /** How many tokens went through full verification (cache misses, and every token while the cache is off). */
    public long verifications() {
        return (long) verifications.count();
    }

    private JsonWebToken verify(String token) throws ParseException {
        verifications.increment();
        return verifier.parse(token);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
