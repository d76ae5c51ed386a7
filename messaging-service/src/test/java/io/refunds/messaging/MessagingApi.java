package io.refunds.messaging;

import static io.restassured.RestAssured.given;

import io.refunds.testing.EventLog;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** messaging-service's HTTP API as one caller (a buyer, a seller, an agent, or nobody) calls it. */
public final class MessagingApi {

    private final String role;
    private final String userId;
    private final Map<String, String> headers;

    private MessagingApi(String role, String userId, Map<String, String> headers) {
        this.role = role;
        this.userId = userId;
        this.headers = headers;
    }

    public static MessagingApi as(String role, String userId) {
        return new MessagingApi(role, userId, Map.of());
    }

    public static MessagingApi buyer(String buyerId) {
        return as("buyer", buyerId);
    }

    public static MessagingApi seller(String sellerId) {
        return as("seller", sellerId);
    }

    public static MessagingApi agent(String agentId) {
        return as("agent", agentId);
    }

    /** No token at all. */
    public static MessagingApi anonymous() {
        return new MessagingApi(null, null, Map.of());
    }

    /** The same caller, sending one more header with every request (a traceparent, say). */
    public MessagingApi withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new MessagingApi(role, userId, more);
    }

    /** GET /api/conversations/{id}. */
    public Response conversation(String conversationId) {
        return request().get("/api/conversations/" + conversationId);
    }

    /** GET /api/conversations?caseId= (a list of one, or empty). */
    public Response conversationsOf(UUID caseId) {
        return request().queryParam("caseId", caseId).get("/api/conversations");
    }

    /** Waits until the case's conversation is listed for this caller; returns its id. */
    public String awaitConversationOf(UUID caseId) {
        return Awaitility.await().atMost(EventLog.WAIT).until(
                () -> conversationsOf(caseId).then().statusCode(200).extract().<String>path("[0].conversationId"),
                id -> id != null);
    }

    public Response post(String conversationId, String body) {
        return post(conversationId, body, List.of());
    }

    public Response post(String conversationId, String body, List<UUID> evidenceIds) {
        return json(evidenceIds.isEmpty() ? Map.of("body", body) : Map.of("body", body, "evidenceIds", evidenceIds))
                .post("/api/conversations/" + conversationId + "/messages");
    }

    public Response offer(String conversationId, OfferBody offer) {
        return json(offer.body()).post("/api/conversations/" + conversationId + "/offers");
    }

    public Response offer(String conversationId, OfferBody offer, String idempotencyKey) {
        return json(offer.body()).header("Idempotency-Key", idempotencyKey)
                .post("/api/conversations/" + conversationId + "/offers");
    }

    /** Accepts the offer (no body). */
    public Response accept(String conversationId, String offerId) {
        return request().post("/api/conversations/" + conversationId + "/offers/" + offerId + "/acceptance");
    }

    /** Rejects the offer without a reason (no body). */
    public Response reject(String conversationId, String offerId) {
        return request().post("/api/conversations/" + conversationId + "/offers/" + offerId + "/rejection");
    }

    public Response reject(String conversationId, String offerId, String reason) {
        return json(Map.of("reason", reason))
                .post("/api/conversations/" + conversationId + "/offers/" + offerId + "/rejection");
    }

    public Response decline(String conversationId, String reason) {
        return json(Map.of("reason", reason)).post("/api/conversations/" + conversationId + "/decline");
    }

    /** Escalates without a reason (no body). */
    public Response escalate(String conversationId) {
        return request().post("/api/conversations/" + conversationId + "/escalation");
    }

    private RequestSpecification json(Object body) {
        return request().contentType(ContentType.JSON).body(body);
    }

    private RequestSpecification request() {
        RequestSpecification request = given();
        headers.forEach((name, value) -> request.header(name, value));
        return role == null ? request : request.header("Authorization", Tokens.bearer(role, userId));
    }

    /** An offer's request body: a remedy (any name, valid or not), an amount in USD minor units, a note. */
    public static final class OfferBody {

        private final Map<String, Object> body = new LinkedHashMap<>();

        private OfferBody(String offerType) {
            body.put("offerType", offerType);
        }

        public static OfferBody of(String offerType) {
            return new OfferBody(offerType);
        }

        public static OfferBody partialRefund(long minorUnits) {
            return of("PARTIAL_REFUND").amount(minorUnits);
        }

        public OfferBody amount(long minorUnits) {
            body.put("amount", Map.of("minorUnits", minorUnits, "currency", "USD"));
            return this;
        }

        public OfferBody note(String note) {
            body.put("note", note);
            return this;
        }

        Map<String, Object> body() {
            return Map.copyOf(body);
        }
    }
}
