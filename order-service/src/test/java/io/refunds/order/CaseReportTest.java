package io.refunds.order;

import static io.refunds.order.fixtures.OrderApi.IN_TRANSIT;
import static io.refunds.order.fixtures.OrderApi.OLDER;
import static io.refunds.order.fixtures.OrderApi.RECENT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.Media;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.DevTokens;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A buyer reports an issue: the case it opens, the event it announces, the rules that refuse it, who may read it. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseReportTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theAnswerIsTheOpenedCaseWithItsEvidenceAndTheWarehousePhotos() {
        Reported reported = reportWithWarehousePhoto("b-report");

        reported.answer()
                .body("status", equalTo("REPORTED"))
                .body("requestedAmount.minorUnits", equalTo(5_000))
                .body("evidence.evidenceId", contains(reported.photo()))
                .body("qcPhotos.evidenceId", contains(reported.qcPhoto()))
                .body("timeline.type", contains("IssueReported"))
                .body("timeline[0].actor", equalTo("b-report"));
    }

    @Test
    void issueReportedCarriesTheClaimTheEvidenceAndTheWarehousePhotos() {
        Reported reported = reportWithWarehousePhoto("b-report");
        String caseId = reported.answer().extract().path("caseId");

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.ISSUE_REPORTED, caseId, 1).get(0);
        assertEquals("refunds.IssueReported.v1", EventLog.header(record, "ce_type").orElseThrow());
        assertEquals("order-service", EventLog.header(record, "ce_source").orElseThrow());
        assertEquals(caseId, EventLog.header(record, "ce_subject").orElseThrow());
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.ISSUE_REPORTED, record.value()));
        IssueReported event = TestEvents.read(record.value(), IssueReported.class);
        assertEquals("s-report", event.sellerId());
        assertEquals(Money.of(12_900, "USD"), event.amountPaid());
        assertEquals(Remedy.PARTIAL_REFUND, event.requestedOutcome());
        assertEquals(Money.of(5_000, "USD"), event.requestedAmount());
        assertEquals(reported.photo(), event.evidence().get(0).evidenceId());
        assertEquals(Media.sha256(Media.png(16)), event.evidence().get(0).sha256());
        assertEquals(Media.sha256(Media.jpeg(24)), event.qcPhotos().get(0).sha256());
    }

    /** One broken rule per row: the report to send (given the buyer's order and a photo of theirs), then the answer. */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                refusal("an unknown reason", 400, null, "reason", f -> f.report(RECENT).reason("BORED").evidence(f.photo)),
                refusal("a window that has passed", 422, "WINDOW_EXPIRED", "itemId",
                        f -> f.report(OLDER).reason("DAMAGED").evidence(f.photo)),
                refusal("an item not received yet", 422, "NOT_RECEIVED", "itemId",
                        f -> f.report(IN_TRANSIT).evidence(f.photo)),
                refusal("someone else's order", 400, null, "orderId",
                        f -> Requests.report(OrderApi.platform().registerOrder("b-other", "s-rules"), RECENT)),
                refusal("an item the order does not have", 400, null, "itemId", f -> f.report("i-9").evidence(f.photo)),
                refusal("more than was paid", 400, null, "requestedAmount.minorUnits",
                        f -> f.report(RECENT).outcome("PARTIAL_REFUND").amount(12_901, "USD").evidence(f.photo)),
                refusal("another currency than was paid", 400, null, "requestedAmount.currency",
                        f -> f.report(RECENT).outcome("PARTIAL_REFUND").amount(100, "EUR").evidence(f.photo)),
                refusal("a partial refund without its amount", 400, null, "requestedAmount",
                        f -> f.report(RECENT).outcome("PARTIAL_REFUND").evidence(f.photo)),
                refusal("a negative amount", 400, null, "requestedAmount.minorUnits",
                        f -> f.report(RECENT).outcome("PARTIAL_REFUND").amount(-1, "USD").evidence(f.photo)),
                refusal("a remedy the reason does not allow", 422, "OUTCOME_NOT_ALLOWED", "requestedOutcome",
                        f -> f.report(RECENT).reason("MISSING_PARTS").outcome("RETURN_AND_REFUND").evidence(f.photo)),
                refusal("too few photos", 422, "EVIDENCE_REQUIRED", "evidenceIds", f -> f.report(RECENT)),
                refusal("someone else's photo", 400, null, "evidenceIds[0]",
                        f -> f.report(RECENT).evidence(f.strangersPhoto)),
                refusal("the same photo twice", 400, null, "evidenceIds",
                        f -> f.report(RECENT).evidence(f.photo, f.photo)),
                refusal("evidence ids that are no list", 400, null, "evidenceIds", f -> "{\"orderId\":\"" + f.orderId
                        + "\",\"itemId\":\"i-1\",\"reason\":\"DEFECTIVE\",\"evidenceIds\":7}"),
                refusal("JSON cut short", 400, null, "body", f -> "{\"orderId\": "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsAProblemNamingTheFieldAndWritesNothing(String broken, int status, String rule, String field,
            Function<Fixture, Object> report) {
        Fixture fixture = new Fixture("b-rules-" + UUID.randomUUID());

        ValidatableResponse refused = refused(fixture.buyer.report(asBody(report.apply(fixture))), status, field);

        if (rule != null) {
            refused.body("rule", equalTo(rule));
        }
        fixture.buyer.cases().then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aSecondReportOfAnItemWithAnOpenCaseIsAConflict() {
        Fixture fixture = new Fixture("b-rules");
        fixture.buyer.report(fixture.report(RECENT).evidence(fixture.photo)).then().statusCode(201);
        String another = fixture.buyer.uploadPhoto();

        refused(fixture.buyer.report(fixture.report(RECENT).reason("DAMAGED").evidence(another)), 409, "itemId")
                .body("rule", equalTo("OPEN_CASE_EXISTS"));
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplayTheFirstAnswer() {
        Fixture fixture = new Fixture("b-idem");
        Map<String, Object> body = fixture.report(RECENT).reason("DAMAGED").evidence(fixture.photo).body();

        String first = fixture.buyer.report(body, "key-1").then().statusCode(201).extract().path("caseId");
        String replay = fixture.buyer.report(body, "key-1").then().statusCode(201).extract().path("caseId");

        assertEquals(first, replay);
        assertEquals(1, events.awaitRecords(Topics.ISSUE_REPORTED, first, 1).size());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        Fixture fixture = new Fixture("b-idem-other");
        fixture.buyer.report(fixture.report(RECENT).reason("DAMAGED").evidence(fixture.photo).body(), "key-1")
                .then().statusCode(201);

        refused(fixture.buyer.report(fixture.report(RECENT).reason("WRONG_ITEM").evidence(fixture.photo).body(),
                "key-1"), 422, null);
    }

    @Test
    void theCasesParticipantsAndStaffMayReadIt() {
        UUID caseId = OrderApi.buyer("b-owner").newCase("s-owner");

        OrderApi.buyer("b-owner").readCase(caseId).then().statusCode(200);
        OrderApi.seller("s-owner").readCase(caseId).then().statusCode(200);
        OrderApi.agent("a-1").readCase(caseId).then().statusCode(200);
    }

    @Test
    void otherBuyersAndSellersAreToldItDoesNotExist() {
        UUID caseId = OrderApi.buyer("b-owner").newCase("s-owner");

        OrderApi.buyer("b-other").readCase(caseId).then().statusCode(404).contentType("application/problem+json");
        OrderApi.seller("s-other").readCase(caseId).then().statusCode(404);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        UUID caseId = OrderApi.buyer("b-owner").newCase("s-owner");

        OrderApi.anonymous().readCase(caseId).then().statusCode(401).contentType("application/problem+json");
        OrderApi.withAuthorization("Bearer not-a-token").readCase(caseId).then().statusCode(401)
                .contentType("application/problem+json");
        OrderApi.withToken(DevTokens.forThisJvm().token("buyer", "b-owner", Duration.ofSeconds(-60))).readCase(caseId)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBuyerMayNotRegisterOrders() {
        OrderApi.buyer("b-1").register(Map.of("orderId", "o-x")).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anOrderNeedsItems() {
        OrderApi.platform().register(Requests.order("o-x", "b-1").body()).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("items"));
    }

    /** A buyer's sample order, a photo of theirs and one of another buyer's. */
    static final class Fixture {

        final OrderApi buyer;
        final String orderId;
        final String photo;
        final String strangersPhoto;

        Fixture(String buyerId) {
            buyer = OrderApi.buyer(buyerId);
            orderId = OrderApi.platform().registerOrder(buyerId, "s-rules");
            photo = buyer.uploadPhoto();
            strangersPhoto = OrderApi.buyer("b-stranger").uploadPhoto();
        }

        Requests.Report report(String itemId) {
            return Requests.report(orderId, itemId);
        }
    }

    private record Reported(String photo, String qcPhoto, ValidatableResponse answer) {
    }

    /** The warehouse photographs item i-1, then the buyer reports it with a photo, asking for 50.00 USD back. */
    private static Reported reportWithWarehousePhoto(String buyerId) {
        String orderId = OrderApi.platform().registerOrder(buyerId, "s-report");
        String qcPhoto = OrderApi.warehouse().uploadQcPhoto(orderId, RECENT, "stock-in.jpg", Media.jpeg(24), "image/jpeg")
                .then().statusCode(201).body("purpose", equalTo("QC_PHOTO")).extract().path("evidenceId");
        String photo = OrderApi.buyer(buyerId).uploadPhoto();
        ValidatableResponse answer = OrderApi.buyer(buyerId).report(Requests.report(orderId, RECENT)
                .outcome("PARTIAL_REFUND").amount(5_000, "USD").evidence(photo)).then().statusCode(201);
        return new Reported(photo, qcPhoto, answer);
    }

    private static Arguments refusal(String broken, int status, String rule, String field,
            Function<Fixture, Object> report) {
        return Arguments.of(broken, status, rule, field, report);
    }

    private static Object asBody(Object report) {
        return report instanceof Requests.Report built ? built.body() : report;
    }

    private static ValidatableResponse refused(Response response, int status, String field) {
        ValidatableResponse checked = response.then().statusCode(status).contentType("application/problem+json");
        return field == null ? checked : checked.body("violations.field", hasItem(field));
    }
}
