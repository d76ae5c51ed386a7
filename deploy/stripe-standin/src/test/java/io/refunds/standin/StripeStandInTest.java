package io.refunds.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StripeStandInTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StripeStandIn standIn;

    @BeforeAll
    static void start() throws IOException {
        standIn = StripeStandIn.start(0, Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void anIdempotencyKeyReplaysItsFirstAnswerAndRefusesOtherParameters() throws Exception {
        HttpResponse<String> first = post("pi_ok", 500, "key-1", Duration.ofSeconds(5));
        HttpResponse<String> again = post("pi_ok", 500, "key-1", Duration.ofSeconds(5));
        assertEquals(200, first.statusCode());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(400, post("pi_ok", 600, "key-1", Duration.ofSeconds(5)).statusCode());
        assertEquals(1, refundsOf("pi_ok"));
    }

    @Test
    void aTimeoutCreatesTheRefundOnceAndAnswersTooLate() throws Exception {
        assertThrows(HttpTimeoutException.class, () -> post("pi_x_timeout1", 700, "key-t", Duration.ofMillis(300)));
        HttpResponse<String> retried = post("pi_x_timeout1", 700, "key-t", Duration.ofSeconds(5));
        assertEquals(200, retried.statusCode());
        assertTrue(retried.body().contains("\"succeeded\""), retried.body());
        assertEquals(1, refundsOf("pi_x_timeout1"));
    }

    @Test
    void errorsComeFirstAndDeclinesAreKept() throws Exception {
        assertEquals(500, post("pi_x_error1", 100, "key-e", Duration.ofSeconds(5)).statusCode());
        assertEquals(200, post("pi_x_error1", 100, "key-e", Duration.ofSeconds(5)).statusCode());
        assertEquals(402, post("pi_x_decline", 100, "key-d", Duration.ofSeconds(5)).statusCode());
        assertEquals(402, post("pi_x_decline", 100, "key-d", Duration.ofSeconds(5)).statusCode());
        assertEquals(0, refundsOf("pi_x_decline"));
        HttpResponse<String> unauthorised = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.url() + "/v1/refunds"))
                .POST(HttpRequest.BodyPublishers.ofString("payment_intent=pi_ok&amount=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, unauthorised.statusCode());
    }

    private static HttpResponse<String> post(String paymentIntent, long amount, String key, Duration timeout)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(standIn.url() + "/v1/refunds"))
                .header("Authorization", "Bearer sk_test_standin")
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString("payment_intent=" + paymentIntent + "&amount=" + amount
                        + "&metadata%5Brefund_id%5D=r-1"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long refundsOf(String paymentIntent) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.url() + "/_standin/refunds?payment_intent="
                + paymentIntent)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.split("\"object\"", -1).length - 1;
    }
}
