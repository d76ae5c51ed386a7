package io.refunds.refund;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.refunds.standin.StripeStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Starts the Stripe stand-in once for the test JVM and points refund-service's Stripe adapter at it. */
public class StripeStandInResource implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "sk_test_standin";
    private static StripeStandIn standIn;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (standIn == null) {
                // Slower than the adapter's test timeout (700 ms): a "timeout" PaymentIntent really times out.
                standIn = StripeStandIn.start(0, Duration.ofSeconds(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("refunds.provider.stripe.url", standIn.url(), "refunds.provider.stripe.api-key", API_KEY);
    }

    @Override
    public void stop() {
        // Kept for the whole JVM, like the broker and the database.
    }

    static String url() {
        return standIn.url();
    }

    /** The ids of the refunds the stand-in made on a PaymentIntent. */
    static List<String> refundsOn(String paymentIntent) {
        return given().baseUri(url()).queryParam("payment_intent", paymentIntent)
                .get("/_standin/refunds").then().statusCode(200).extract().jsonPath().getList("data.id");
    }

    /** How many refund requests the stand-in received for a PaymentIntent. */
    static int requestsFor(String paymentIntent) {
        return given().baseUri(url()).queryParam("payment_intent", paymentIntent)
                .get("/_standin/requests").then().statusCode(200).extract().path("count");
    }
}
