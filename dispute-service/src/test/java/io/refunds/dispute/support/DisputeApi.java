package io.refunds.dispute.support;

import static io.restassured.RestAssured.given;

import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** dispute-service's HTTP API as each role calls it, with the test JVM's dev tokens. */
public final class DisputeApi {

    private final String role;
    private final String userId;

    private DisputeApi(String role, String userId) {
        this.role = role;
        this.userId = userId;
    }

    public static DisputeApi agent(String userId) {
        return new DisputeApi("agent", userId);
    }

    public static DisputeApi supervisor(String userId) {
        return new DisputeApi("supervisor", userId);
    }

    public static DisputeApi buyer(String userId) {
        return new DisputeApi("buyer", userId);
    }

    public static DisputeApi seller(String userId) {
        return new DisputeApi("seller", userId);
    }

    /** A request with this caller's token, JSON body. */
    public RequestSpecification request() {
        return given().header("Authorization", Tokens.bearer(role, userId)).contentType(ContentType.JSON);
    }

    /** {@code POST /api/disputes} with the case only. */
    public Response escalate(UUID caseId) {
        return request().body(Map.of("caseId", caseId)).post("/api/disputes");
    }

    /** {@code POST /api/disputes} with the case and why. */
    public Response escalate(UUID caseId, String reason) {
        return request().body(Map.of("caseId", caseId, "reason", reason)).post("/api/disputes");
    }

    /** {@code GET /api/disputes}, the queue, filtered. */
    public Response queue(QueueFilter filter) {
        RequestSpecification request = request();
        filter.parameters().forEach(request::queryParam);
        return request.get("/api/disputes");
    }

    /** {@code GET /api/disputes/{id}}. */
    public Response find(String disputeId) {
        return request().get("/api/disputes/" + disputeId);
    }

    /** {@code GET /api/disputes/stats}. */
    public Response stats() {
        return request().get("/api/disputes/stats");
    }

    /** The caller claims the dispute (assignment without a body). */
    public Response claim(String disputeId) {
        return given().header("Authorization", Tokens.bearer(role, userId))
                .post("/api/disputes/" + disputeId + "/assignment");
    }

    /** A supervisor assigns the dispute to {@code assignee}. */
    public Response assign(String disputeId, String assignee) {
        return request().body(Map.of("assignee", assignee)).post("/api/disputes/" + disputeId + "/assignment");
    }

    /** {@code POST …/decision} without an Idempotency-Key. */
    public Response decide(String disputeId, DecisionBody decision) {
        return request().body(decision.toMap()).post("/api/disputes/" + disputeId + "/decision");
    }

    /** {@code POST …/decision} with an Idempotency-Key. */
    public Response decide(String disputeId, DecisionBody decision, String idempotencyKey) {
        return request().header("Idempotency-Key", idempotencyKey).body(decision.toMap())
                .post("/api/disputes/" + disputeId + "/decision");
    }

    /** {@code POST …/appeal} with a reason and one piece of evidence. */
    public Response appeal(String disputeId) {
        return request().body(Map.of("reason", "The decision ignores my video", "evidenceIds",
                List.of(UUID.randomUUID()))).post("/api/disputes/" + disputeId + "/appeal");
    }

    /** {@code POST …/appeal/decision} with an Idempotency-Key of this dispute and caller. */
    public Response decideAppeal(String disputeId, DecisionBody decision) {
        return request().header("Idempotency-Key", "appeal-" + disputeId + "-" + userId).body(decision.toMap())
                .post("/api/disputes/" + disputeId + "/appeal/decision");
    }

    /** {@code POST …/follow-ups}: "Any news?". */
    public Response followUp(String disputeId) {
        return request().body(Map.of("body", "Any news?")).post("/api/disputes/" + disputeId + "/follow-ups");
    }

    /** {@code POST …/information-requests}: asks {@code from} (BUYER, SELLER) when and how the item was shipped. */
    public Response ask(String disputeId, String from) {
        return request().body(Map.of("from", from, "question", "When did you ship it, and how was it packed?"))
                .post("/api/disputes/" + disputeId + "/information-requests");
    }

    /** {@code POST …/statements}: {@link #STATEMENT} with one piece of evidence. */
    public Response answer(String disputeId) {
        return request().body(Map.of("body", STATEMENT, "evidenceIds", List.of(UUID.randomUUID())))
                .post("/api/disputes/" + disputeId + "/statements");
    }

    /** What {@link #answer} states. */
    public static final String STATEMENT = "Shipped on the 3rd in bubble wrap";
}
