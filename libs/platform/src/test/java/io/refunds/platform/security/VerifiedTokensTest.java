package io.refunds.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The verified-token cache on its own: an entry never outlives the token's exp, its maximum age or the size bound. */
class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));

    @Test
    void aVerifiedTokenIsAnsweredUntilItsExp() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5), clock);
        Token token = new Token(clock.instant().plusSeconds(60));

        tokens.put("a.b.c", token);

        assertSame(token, tokens.get("a.b.c"));
        clock.advance(Duration.ofSeconds(59));
        assertSame(token, tokens.get("a.b.c"));
        clock.advance(Duration.ofSeconds(1));
        assertNull(tokens.get("a.b.c"), "from its exp on, the token is not answered from the cache");
    }

    @Test
    void aTokenThatExpiresNowIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5), clock);

        tokens.put("a.b.c", new Token(clock.instant()));

        assertEquals(0, tokens.size());
    }

    @Test
    void noTokenStaysLongerThanTheMaximumAge() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMillis(200), Clock.systemUTC());
        Token token = new Token(Instant.now().plus(Duration.ofHours(12)));

        tokens.put("a.b.c", token);

        assertSame(token, tokens.get("a.b.c"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tokens.get("a.b.c") == null);
    }

    @Test
    void theCacheHoldsAtMostItsMaximumSize() {
        VerifiedTokens tokens = new VerifiedTokens(2, Duration.ofMinutes(5), clock);

        for (int i = 0; i < 10; i++) {
            tokens.put("token-" + i, new Token(clock.instant().plusSeconds(60)));
        }

        assertTrue(tokens.size() <= 2, "size " + tokens.size());
    }

    /** A verified token that only has an exp. */
    private record Token(Instant exp) implements JsonWebToken {

        @Override
        public String getName() {
            return "b-cache";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
