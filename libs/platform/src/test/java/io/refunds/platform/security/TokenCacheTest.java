package io.refunds.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.testing.DevTokens;
import io.refunds.testing.RealInfrastructure;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The caching JWT parser in a running application: verified once per token, never past exp, never for a forgery. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TokenCacheTest {

    @Inject
    CachingJwtParser parser;

    @Test
    void theSameTokenTwiceIsVerifiedOnceAndAuthenticatedBothTimes() {
        String token = DevTokens.forThisJvm().token(Roles.BUYER, "b-twice");
        long before = parser.verifications();

        me(token).statusCode(200).body("id", equalTo("b-twice"));
        me(token).statusCode(200).body("id", equalTo("b-twice"));

        assertEquals(before + 1, parser.verifications());
    }

    @Test
    void aTamperedTokenIsVerifiedEveryTimeAndNeverCached() {
        String token = DevTokens.forThisJvm().token(Roles.BUYER, "b-forged");
        me(token).statusCode(200);
        String forged = tamperSignature(token);
        long before = parser.verifications();

        me(forged).statusCode(401).contentType("application/problem+json");
        me(forged).statusCode(401);

        assertEquals(before + 2, parser.verifications());
    }

    @Test
    void aCachedTokenIsRefusedFromItsExpOn() {
        String token = DevTokens.forThisJvm().token(Roles.BUYER, "b-expiring", Duration.ofSeconds(3));
        me(token).statusCode(200);
        long cached = parser.verifications();
        me(token).statusCode(200);
        assertEquals(cached, parser.verifications(), "the second call is answered from the cache");

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> me(token).statusCode(401));
    }

    @Test
    void theSubjectAndGroupsOfACachedTokenReachTheCaller() {
        String agent = DevTokens.forThisJvm().token(Roles.AGENT, "a-cached");
        String seller = DevTokens.forThisJvm().token(Roles.SELLER, "s-cached");
        for (int i = 0; i < 2; i++) {
            me(agent).statusCode(200).body("id", equalTo("a-cached")).body("staff", equalTo(true));
            me(seller).statusCode(403);
        }
    }

    /** Changes one character in the middle of the signature: the token still parses but no longer verifies. */
    private static String tamperSignature(String token) {
        int at = token.lastIndexOf('.') + 20;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static ValidatableResponse me(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/test/me").then();
    }
}
