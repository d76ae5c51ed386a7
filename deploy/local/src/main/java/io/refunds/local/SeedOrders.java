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
import java.util.LinkedHashMap;
import java.util.Map;

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
            Map<String, JsonNode> journeys = journeys(order);
            HttpRequest request = HttpRequest.newBuilder(URI.create(orderServiceUrl + "/api/orders"))
                    .header("Authorization", "Bearer " + tokens.token("platform", "agent-platform"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(order.toString()))
                    .build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 201) {
                registered++;
                for (Map.Entry<String, JsonNode> journey : journeys.entrySet()) {
                    for (JsonNode step : journey.getValue()) {
                        post(orderServiceUrl + "/api/orders/" + order.get("orderId").asText() + "/items/"
                                + journey.getKey() + "/journey", step, tokens);
                    }
                }
            } else if (status != 409) {
                throw new IOException("seeding order " + order.get("orderId") + " answered " + status);
            }
        }
        return registered;
    }

    /** The items' journey steps, taken out of the order (each step's {@code hoursAgo} made an instant). */
    private static Map<String, JsonNode> journeys(JsonNode order) {
        Map<String, JsonNode> journeys = new LinkedHashMap<>();
        for (JsonNode item : order.get("items")) {
            JsonNode journey = ((ObjectNode) item).remove("journey");
            if (journey != null) {
                for (JsonNode step : journey) {
                    JsonNode hoursAgo = ((ObjectNode) step).remove("hoursAgo");
                    ((ObjectNode) step).put("at", Instant.now().minus(Duration.ofHours(hoursAgo.asLong())).toString());
                }
                journeys.put(item.get("itemId").asText(), journey);
            }
        }
        return journeys;
    }

    private static void post(String url, JsonNode body, DevTokens tokens) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + tokens.token("platform", "agent-platform"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IOException("seeding " + url + " answered " + status);
        }
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
