package io.refunds.messaging.upstream;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.refunds.marketplace.standin.MarketplaceStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Starts the marketplace stand-in for the upstream tests, pushing its changes to messaging-service on a port chosen
 * here (the app's test port), and points the Taobao adapter at it. Its seller auto-agrees after
 * {@link #SELLER_AGREE_TIMEOUT}: long enough for our escalation, a margin before it, to come first.
 */
public class MarketplaceStandInResource implements QuarkusTestResourceLifecycleManager {

    static final Duration SELLER_AGREE_TIMEOUT = Duration.ofSeconds(30);
    private static final String SECRET = "test-marketplace-secret";
    private static MarketplaceStandIn standIn;

    @Override
    public synchronized Map<String, String> start() {
        int appPort = freePort();
        try {
            if (standIn != null) {
                standIn.close();
            }
            standIn = MarketplaceStandIn.start(0, MarketplaceStandIn.Options.defaults()
                    .withAppSecret(SECRET)
                    .withNotifyUrl("http://127.0.0.1:" + appPort + "/api/marketplace/notifications")
                    // Slower than the adapter's test timeout (700 ms): a "timeout" item really times out.
                    .withSlowAnswer(Duration.ofSeconds(3))
                    .withSellerAgreeTimeout(SELLER_AGREE_TIMEOUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.http.test-port", Integer.toString(appPort),
                "marketplace.taobao.url", standIn.url(),
                "marketplace.taobao.app-key", "standin",
                "marketplace.taobao.app-secret", SECRET,
                "marketplace.taobao.timeout", "PT0.7S");
    }

    @Override
    public void stop() {
        if (standIn != null) {
            standIn.close();
            standIn = null;
        }
    }

    static String url() {
        return standIn.url();
    }

    static String secret() {
        return SECRET;
    }

    /** The stand-in's refunds of a sub-order, as it keeps them. */
    static List<Map<String, Object>> refundsOf(String oid) {
        return given().baseUri(url()).queryParam("oid", oid).get("/_standin/refunds")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    /** How many gateway calls of {@code method} the stand-in received for a sub-order. */
    static int requestsFor(String oid, String method) {
        return given().baseUri(url()).queryParam("oid", oid).queryParam("method", method)
                .get("/_standin/requests").then().statusCode(200).extract().path("count");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
