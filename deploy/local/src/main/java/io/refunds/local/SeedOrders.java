package io.refunds.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.refunds.testing.DevTokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

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
            receivedRelativeToNow(order);
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

    /** Seed items were received a few days ago, whatever the date: their refund windows are open. */
    private static void receivedRelativeToNow(JsonNode order) {
        for (JsonNode item : order.get("items")) {
            ObjectNode fields = (ObjectNode) item;
            JsonNode daysAgo = fields.remove("receivedDaysAgo");
            if (daysAgo != null) {
                fields.put("receivedAt", Instant.now().minus(Duration.ofDays(daysAgo.asLong())).toString());
            }
        }
    }
}
