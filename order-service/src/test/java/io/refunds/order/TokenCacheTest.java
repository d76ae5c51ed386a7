package io.refunds.order;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.platform.security.CachingJwtParser;
import io.refunds.testing.DevTokens;
import io.refunds.testing.RealInfrastructure;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The verified-token cache: a token seen again skips verification, but never outlives its exp or hides a forgery. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TokenCacheTest {

    @Inject
    CachingJwtParser parser;

    @Test
    void theSameTokenTwiceIsVerifiedOnceAndAuthenticatedBothTimes() {
        UUID caseId = OrderApi.buyer("b-tok").newCase("s-tok");
        String token = DevTokens.forThisJvm().token("buyer", "b-tok");
        long before = parser.verifications();

        read(token, caseId).statusCode(200).body("buyerId", equalTo("b-tok"));
        read(token, caseId).statusCode(200).body("buyerId", equalTo("b-tok"));

        assertEquals(before + 1, parser.verifications());
    }

    @Test
    void aCachedTokenIsRefusedFromItsExpOn() {
        UUID caseId = OrderApi.buyer("b-exp").newCase("s-exp");
        String token = DevTokens.forThisJvm().token("buyer", "b-exp", Duration.ofSeconds(3));
        read(token, caseId).statusCode(200);
        long cached = parser.verifications();
        read(token, caseId).statusCode(200);
        assertEquals(cached, parser.verifications(), "the second read is answered from the cache");

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> read(token, caseId).statusCode(401));
    }

    @Test
    void aTamperedTokenIsRefusedEveryTimeAndNeverCached() {
        UUID caseId = OrderApi.buyer("b-forge").newCase("s-forge");
        String token = DevTokens.forThisJvm().token("buyer", "b-forge");
        read(token, caseId).statusCode(200);
        String forged = tamperSignature(token);
        long before = parser.verifications();

        read(forged, caseId).statusCode(401).contentType("application/problem+json");
        read(forged, caseId).statusCode(401);

        assertEquals(before + 2, parser.verifications(), "each forged attempt is verified, none is remembered");
    }

    @Test
    void subjectAndGroupsOfACachedTokenReachTheCaller() {
        UUID caseId = OrderApi.buyer("b-who").newCase("s-who");
        String otherBuyer = DevTokens.forThisJvm().token("buyer", "b-not-who");
        String agent = DevTokens.forThisJvm().token("agent", "a-who");
        String seller = DevTokens.forThisJvm().token("seller", "s-who");
        for (int i = 0; i < 2; i++) {
            read(otherBuyer, caseId).statusCode(404);
            read(agent, caseId).statusCode(200);
            read(seller, caseId).statusCode(200).body("sellerId", equalTo("s-who"));
            OrderApi.withToken(seller).withdraw(caseId).then().statusCode(403);
        }
    }

    /** Changes one character in the middle of the signature, so the token still parses but no longer verifies. */
    private static String tamperSignature(String token) {
        int at = token.lastIndexOf('.') + 20;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static ValidatableResponse read(String token, UUID caseId) {
        return OrderApi.withToken(token).readCase(caseId).then();
    }
}
