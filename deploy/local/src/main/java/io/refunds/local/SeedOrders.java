package io.refunds.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.testing.DevTokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Registers the sample orders of {@code seed-orders.json} as the agent platform would; idempotent. */
final class SeedOrders {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SeedOrders() {
    }

    static int register(String orderServiceUrl, DevTokens tokens) throws IOException, InterruptedException {
        JsonNode orders;
        try (InputStream seed = SeedOrders.class.getResourceAsStream("/seed-orders.json")) {
            orders = new ObjectMapper().readTree(seed);
        }
        int registered = 0;
        for (JsonNode order : orders) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(orderServiceUrl + "/api/orders"))
                    .header("Authorization", "Bearer " + tokens.token("platform", "agent-platform"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(order.toString()))
                    .build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 201) {
                registered++;
            } else if (status != 409) {
                throw new IOException("seeding order " + order.get("orderId") + " answered " + status);
            }
        }
        return registered;
    }
}
