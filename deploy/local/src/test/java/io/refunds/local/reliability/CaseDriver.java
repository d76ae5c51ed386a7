package io.refunds.local.reliability;

import static io.refunds.local.PlatformSettings.DISPUTE_SERVICE;
import static io.refunds.local.PlatformSettings.MESSAGING_SERVICE;
import static io.refunds.local.PlatformSettings.ORDER_SERVICE;

import com.fasterxml.jackson.databind.JsonNode;
import io.refunds.local.reliability.ChaosCase.Route;
import io.refunds.local.reliability.Http.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Walks one case down its route over HTTP, as buyer, seller, agent and supervisor would, and records what the
 * platform then owes. A seller who answers after the deadline fired finds the case in dispute (409): the case
 * then continues as a silent-seller case, and the expectation follows what was actually decided.
 */
final class CaseDriver {

    static final long PAID = 12_900;
    private static final String AGENT = "a-chaos";
    private static final String SUPERVISOR = "sup-chaos";

    private final Patient patient;
    private final Http http;
    private final byte[] photo;

    CaseDriver(Http http, Path repositoryRoot) throws IOException {
        this.http = http;
        this.patient = new Patient(http);
        this.photo = Files.readAllBytes(repositoryRoot.resolve("deploy/local/samples/earbud.jpg"));
    }

    void drive(ChaosCase c) throws Exception {
        if (c.route == Route.WAREHOUSE_QC) {
            claimAtTheWarehouse(c);
            return;
        }
        if (c.route == Route.PARCEL_LOST) {
            parcelLostThenFound(c);
            return;
        }
        register(c);
        report(c);
        switch (c.route) {
            case SETTLEMENT -> settle(c);
            case SILENT_SELLER, CARD -> decide(c, "FULL_REFUND", null);
            case DECLINE_ESCALATION -> declineAndEscalate(c);
            case DISPUTE_THEN_LATE_OFFER -> disputeThenLateOffer(c);
            case APPEAL_UP -> {
                decide(c, "PARTIAL_REFUND", 5_000L);
                appeal(c, "buyer", c.buyerId, "FULL_REFUND", null);
            }
            case APPEAL_DOWN -> {
                decide(c, "FULL_REFUND", null);
                appeal(c, "seller", c.sellerId, "PARTIAL_REFUND", 5_000L);
            }
            case RETURN, RETURN_DAMAGED -> returned(c);
            case REPLACEMENT -> replaced(c);
            default -> throw new IllegalStateException(c.route.name());
        }
    }

    private void register(ChaosCase c) throws InterruptedException {
        Map<String, Object> item = Map.of("itemId", "i-1", "sellerId", c.sellerId, "title", "Desk lamp",
                "category", "home", "quantity", 1,
                "unitPrice", Map.of("minorUnits", 89_000, "currency", "CNY"),
                "paid", Map.of("minorUnits", PAID, "currency", "USD"),
                "exchangeRate", "0.1383", "paymentReference", c.paymentReference,
                "receivedAt", Instant.now().minus(Duration.ofDays(2)).toString());
        patient.call("POST", ORDER_SERVICE, "/api/orders", "platform", "agent-platform",
                Map.of("orderId", c.orderId, "buyerId", c.buyerId, "items", List.of(item)), Map.of(), Set.of(201));
    }

    /**
     * An item of four cost lines the warehouse stocked in ten hours ago, with its QC photo: the buyer claims QC_DEFECT
     * for a return, the seller stays silent, the agent decides a full refund — which refunds the lines the policy
     * refunds for a seller's fault at the warehouse (item and domestic shipping, the seller's; the service fee, the
     * agent's), not the QC fee.
     */
    private void claimAtTheWarehouse(ChaosCase c) throws Exception {
        List<Map<String, Object>> lines = List.of(
                line("ITEM", 10_900, 78_800), line("DOMESTIC_SHIPPING", 800, 5_800), line("SERVICE_FEE", 700, null),
                line("QC_FEE", 500, null));
        Map<String, Object> item = Map.of("itemId", "i-1", "sellerId", c.sellerId, "title", "Padded jacket",
                "category", "clothing", "quantity", 1,
                "unitPrice", Map.of("minorUnits", 78_800, "currency", "CNY"),
                "paid", Map.of("minorUnits", PAID, "currency", "USD"),
                "exchangeRate", "0.1383", "paymentReference", c.paymentReference, "costLines", lines);
        patient.call("POST", ORDER_SERVICE, "/api/orders", "platform", "agent-platform",
                Map.of("orderId", c.orderId, "buyerId", c.buyerId, "items", List.of(item)), Map.of(), Set.of(201));
        String journey = "/api/orders/" + c.orderId + "/items/i-1/journey";
        patient.call("POST", ORDER_SERVICE, journey, "platform", "agent-platform", Map.of("step", "SELLER_SHIPPED",
                "at", Instant.now().minus(Duration.ofHours(30)).toString(), "carrier", "ZTO Express",
                "tracking", "ZT" + c.index), Map.of(), Set.of(200, 201));
        patient.call("POST", ORDER_SERVICE, journey, "platform", "agent-platform", Map.of("step", "STOCKED_IN",
                "at", Instant.now().minus(Duration.ofHours(10)).toString(), "weightGrams", 900), Map.of(),
                Set.of(200, 201));
        upload(c, "/api/orders/" + c.orderId + "/items/i-1/qc-photos", "platform", "agent-platform");
        Reply reply = patient.call("POST", ORDER_SERVICE, "/api/cases", "buyer", c.buyerId,
                Map.of("orderId", c.orderId, "itemId", "i-1", "reason", "QC_DEFECT",
                        "requestedOutcome", "RETURN_AND_REFUND", "description", "Stain on the sleeve in the QC photo"),
                Map.of("Idempotency-Key", "report-" + c.orderId), Set.of(201));
        c.caseId = UUID.fromString(reply.json().path("caseId").asText());
        c.expectedLines = Map.of("ITEM", 10_900L, "DOMESTIC_SHIPPING", 800L, "SERVICE_FEE", 700L);
        decide(c, "FULL_REFUND", null);
        if (c.expectedTotal() != 12_400) {
            throw new AssertionError(c + ": the full refund of the quoted lines decided " + c.expectedRefunds
                    + ", not 12,400 (the QC fee is not refunded)");
        }
    }

    /**
     * An item stocked in and shipped abroad in an insured parcel (12,900 insured: its 11,400 price and 1,500 of
     * shipping) that the carrier declares lost: the buyer claims the parcel, the dispute opens without the seller and
     * the agent decides a full refund — both lines borne by the insurer. Once it is paid the carrier scans the parcel
     * again: the buyer owes the 12,900 back, shown beside the wallet.
     */
    private void parcelLostThenFound(ChaosCase c) throws Exception {
        Map<String, Object> item = Map.of("itemId", "i-1", "sellerId", c.sellerId, "title", "Desk lamp",
                "category", "home", "quantity", 1,
                "unitPrice", Map.of("minorUnits", 82_400, "currency", "CNY"),
                "paid", Map.of("minorUnits", PAID, "currency", "USD"),
                "exchangeRate", "0.1383", "paymentReference", c.paymentReference,
                "costLines", List.of(line("ITEM", 11_400, 82_400), line("INTERNATIONAL_SHIPPING", 1_500, null)));
        patient.call("POST", ORDER_SERVICE, "/api/orders", "platform", "agent-platform",
                Map.of("orderId", c.orderId, "buyerId", c.buyerId, "items", List.of(item)), Map.of(), Set.of(201));
        String journey = "/api/orders/" + c.orderId + "/items/i-1/journey";
        String parcel = "PCL-" + c.orderId;
        Instant shipped = Instant.now().minus(Duration.ofDays(3));
        for (Map<String, Object> step : List.<Map<String, Object>>of(
                Map.of("step", "SELLER_SHIPPED", "at", shipped.minus(Duration.ofDays(4)).toString(),
                        "tracking", "ZT" + c.index),
                Map.of("step", "STOCKED_IN", "at", shipped.minus(Duration.ofDays(2)).toString(), "weightGrams", 900),
                Map.of("step", "SHIPPED_ABROAD", "at", shipped.toString(), "parcelId", parcel, "carrier", "EMS",
                        "tracking", "EE" + c.index, "insuredValue", Map.of("minorUnits", PAID, "currency", "USD")))) {
            patient.call("POST", ORDER_SERVICE, journey, "platform", "agent-platform", step, Map.of(),
                    Set.of(200, 201));
        }
        String scans = "/api/parcels/" + parcel + "/scans";
        patient.call("POST", ORDER_SERVICE, scans, "platform", "agent-platform", Map.of("scannedAt",
                shipped.plus(Duration.ofDays(1)).toString(), "location", "Leipzig", "lost", true), Map.of(),
                Set.of(200));
        Reply claim = patient.call("POST", ORDER_SERVICE, "/api/parcels/" + parcel + "/claims", "buyer", c.buyerId,
                Map.of("reason", "LOST", "description", "The carrier says it is lost"),
                Map.of("Idempotency-Key", "parcel-" + c.orderId), Set.of(201));
        c.caseId = UUID.fromString(claim.json().path("cases").path(0).path("caseId").asText());
        c.expectedLines = ChaosCase.PARCEL_LINES;
        decide(c, "FULL_REFUND", null);
        if (c.expectedTotal() != PAID) {
            throw new AssertionError(c + ": the insured parcel's full refund decided " + c.expectedRefunds
                    + ", not " + PAID);
        }
        patient.await(ORDER_SERVICE, "/api/cases/" + c.caseId, "buyer", c.buyerId,
                reply -> reply.body().contains("\"RefundIssued\""));
        patient.call("POST", ORDER_SERVICE, scans, "platform", "agent-platform",
                Map.of("location", "Found at the Leipzig hub"), Map.of(), Set.of(200));
        c.expectedOwedBack = PAID;
    }

    private static Map<String, Object> line(String kind, long usd, Integer cny) {
        return cny == null ? Map.of("kind", kind, "amount", Map.of("minorUnits", usd, "currency", "USD"))
                : Map.of("kind", kind, "amount", Map.of("minorUnits", usd, "currency", "USD"),
                        "cny", Map.of("minorUnits", cny, "currency", "CNY"));
    }

    private void report(ChaosCase c) throws Exception {
        String evidenceId = upload(c, "/api/evidence", "buyer", c.buyerId);
        String destination = c.route == Route.CARD ? "ORIGINAL_PAYMENT" : "WALLET";
        Reply reply = patient.call("POST", ORDER_SERVICE, "/api/cases", "buyer", c.buyerId,
                Map.of("orderId", c.orderId, "itemId", "i-1", "reason", "DEFECTIVE",
                        "description", "It does not switch on", "evidenceIds", List.of(evidenceId),
                        "refundDestination", destination),
                Map.of("Idempotency-Key", "report-" + c.orderId), Set.of(201));
        c.caseId = UUID.fromString(reply.json().path("caseId").asText());
    }

    private String upload(ChaosCase c, String path, String role, String userId) throws Exception {
        Instant deadline = Instant.now().plus(Patient.PATIENCE);
        while (true) {
            try {
                Reply reply = http.upload(ORDER_SERVICE, path, role, userId, "earbud.jpg", "image/jpeg", photo);
                if (reply.status() == 201) {
                    return reply.json().path("evidenceId").asText();
                }
                if (reply.status() < 500 || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("evidence upload answered " + reply.status() + ": " + reply.body());
                }
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            Thread.sleep(400);
        }
    }

    private String conversation(ChaosCase c) throws InterruptedException {
        return patient.await(MESSAGING_SERVICE, "/api/conversations?caseId=" + c.caseId, "seller", c.sellerId,
                reply -> reply.json().path(0).has("conversationId")).json().path(0).path("conversationId").asText();
    }

    private void settle(ChaosCase c) throws Exception {
        String conversation = conversation(c);
        Reply offer = patient.call("POST", MESSAGING_SERVICE, "/api/conversations/" + conversation + "/offers",
                "seller", c.sellerId, Map.of("offerType", "PARTIAL_REFUND",
                        "amount", Map.of("minorUnits", 4_000, "currency", "USD")),
                Map.of("Idempotency-Key", "offer-" + c.caseId), Set.of(201, 409));
        if (offer.status() == 409) {
            decide(c, "FULL_REFUND", null);
            return;
        }
        String offerId = offer.json().path("offerId").asText();
        Reply accepted = patient.call("POST", MESSAGING_SERVICE, "/api/conversations/" + conversation + "/offers/"
                + offerId + "/acceptance", "buyer", c.buyerId, null, Map.of(), Set.of(200, 409));
        if (accepted.status() == 409 && !settled(c, conversation)) {
            decide(c, "FULL_REFUND", null);
            return;
        }
        c.expectedRefunds.add(4_000L);
    }

    private boolean settled(ChaosCase c, String conversation) throws InterruptedException {
        Reply view = patient.get(MESSAGING_SERVICE, "/api/conversations/" + conversation, "buyer", c.buyerId);
        return view.body().contains("ACCEPTED");
    }

    private void declineAndEscalate(ChaosCase c) throws Exception {
        String conversation = conversation(c);
        Reply declined = patient.call("POST", MESSAGING_SERVICE, "/api/conversations/" + conversation + "/decline",
                "seller", c.sellerId, Map.of("reason", "Worked when shipped"), Map.of(), Set.of(200, 409));
        if (declined.status() == 200) {
            patient.call("POST", MESSAGING_SERVICE, "/api/conversations/" + conversation + "/escalation", "buyer",
                    c.buyerId, null, Map.of(), Set.of(200, 409));
        }
        decide(c, "PARTIAL_REFUND", 6_000L);
    }

    /**
     * The seller declines, the buyer opens a dispute directly, then the seller offers 7.00 and the buyer accepts:
     * either the negotiation was already closed (the offer or the acceptance is refused, naming the dispute, and the
     * agent decides), or the acceptance came first (the dispute closes as settled and cannot be decided). Never both.
     */
    private void disputeThenLateOffer(ChaosCase c) throws Exception {
        String conversation = conversation(c);
        patient.call("POST", MESSAGING_SERVICE, "/api/conversations/" + conversation + "/decline", "seller",
                c.sellerId, Map.of("reason", "Worked when shipped"), Map.of(), Set.of(200, 409));
        openDisputeDirectly(c);
        Reply offer = patient.call("POST", MESSAGING_SERVICE, "/api/conversations/" + conversation + "/offers",
                "seller", c.sellerId, Map.of("offerType", "PARTIAL_REFUND",
                        "amount", Map.of("minorUnits", 700, "currency", "USD")),
                Map.of("Idempotency-Key", "late-offer-" + c.caseId), Set.of(201, 409));
        boolean accepted = offer.status() == 201 && patient.call("POST", MESSAGING_SERVICE, "/api/conversations/"
                + conversation + "/offers/" + offer.json().path("offerId").asText() + "/acceptance", "buyer",
                c.buyerId, null, Map.of(), Set.of(200, 409)).status() == 200;
        if (accepted) {
            patient.await(DISPUTE_SERVICE, "/api/disputes/" + c.disputeId, "agent", AGENT,
                    reply -> "SETTLED".equals(reply.json().path("status").asText()));
            patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/assignment", "agent", AGENT, null,
                    Map.of(), Set.of(200, 409));
            Reply refused = patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/decision",
                    "agent", AGENT, decisionBody("FULL_REFUND", null), Map.of(), Set.of(201, 409));
            if (refused.status() != 409) {
                throw new AssertionError("a settled dispute was decided: " + refused.status() + " " + refused.body());
            }
            c.expectedRefunds.add(700L);
            return;
        }
        decide(c, "PARTIAL_REFUND", 6_000L);
    }

    /** POST /api/disputes once the decline is recorded (or the seller's deadline opened one already). */
    private void openDisputeDirectly(ChaosCase c) throws Exception {
        Instant deadline = Instant.now().plus(Patient.PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                Reply opened = http.send("POST", DISPUTE_SERVICE, "/api/disputes", "buyer", c.buyerId,
                        Map.of("caseId", c.caseId.toString(), "reason", "The seller refused"), Map.of());
                if (opened.status() == 201) {
                    c.disputeId = opened.json().path("disputeId").asText();
                    return;
                }
                Reply queued = http.send("GET", DISPUTE_SERVICE, "/api/disputes?caseId=" + c.caseId, "agent", AGENT,
                        null, Map.of());
                if (queued.status() == 200 && queued.json().path(0).has("disputeId")) {
                    c.disputeId = queued.json().path(0).path("disputeId").asText();
                    return;
                }
            } catch (IOException serviceDown) {
                // killed by the chaos monkey: try again once it is back
            }
            Thread.sleep(400);
        }
        throw new AssertionError("no dispute could be opened for " + c);
    }

    /**
     * Decided RETURN_AND_REFUND (paid only once the item is back): the buyer sends it, the carrier scans it, the
     * warehouse records its arrival — as claimed (the held refund is paid), or damaged with a photo (nothing is paid;
     * the case comes back to the queue as a new dispute, which the agent decides as a partial refund).
     */
    private void returned(ChaosCase c) throws InterruptedException {
        decide(c, "RETURN_AND_REFUND", null);
        long held = c.expectedRefunds.remove(c.expectedRefunds.size() - 1);
        String returnId = patient.await(ORDER_SERVICE, "/api/returns?caseId=" + c.caseId, "buyer", c.buyerId,
                reply -> reply.json().path(0).has("returnId")).json().path(0).path("returnId").asText();
        String path = "/api/returns/" + returnId;
        patient.call("POST", ORDER_SERVICE, path + "/shipment", "buyer", c.buyerId,
                Map.of("carrier", "YunExpress", "tracking", "YT" + c.index), Map.of(), Set.of(200));
        patient.call("POST", ORDER_SERVICE, path + "/scans", "platform", "agent-platform",
                Map.of("location", "Guangzhou"), Map.of(), Set.of(200));
        boolean damaged = c.route == Route.RETURN_DAMAGED;
        patient.call("POST", ORDER_SERVICE, path + "/receipt", "agent", AGENT, damaged
                ? Map.of("inspection", "DAMAGED", "photoIds", List.of("wh-" + c.index), "note", "Cracked housing")
                : Map.of("inspection", "AS_EXPECTED"), Map.of(), Set.of(200));
        if (!damaged) {
            c.expectedRefunds.add(held);
            return;
        }
        String first = c.disputeId;
        c.disputeId = patient.await(DISPUTE_SERVICE, "/api/disputes?status=OPEN&caseId=" + c.caseId, "agent", AGENT,
                reply -> reply.json().path(0).has("disputeId") && !first.equals(reply.json().path(0)
                        .path("disputeId").asText())).json().path(0).path("disputeId").asText();
        patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/assignment", "agent", AGENT, null,
                Map.of(), Set.of(200));
        c.expectedRefunds.add(refundAmount(awaitDecision(c, decisionBody("PARTIAL_REFUND", 5_000L)).json()));
    }

    /**
     * Decided REPLACEMENT: the platform posts the new item's journey until it is delivered, which closes the case —
     * nothing is refunded.
     */
    private void replaced(ChaosCase c) throws InterruptedException {
        decide(c, "REPLACEMENT", null);
        c.expectedRefunds.clear();
        c.expectedStatus = "CLOSED";
        String replacementId = patient.await(ORDER_SERVICE, "/api/replacements?caseId=" + c.caseId, "buyer",
                c.buyerId, reply -> reply.json().path(0).has("replacementId")).json().path(0)
                .path("replacementId").asText();
        String journey = "/api/replacements/" + replacementId + "/journey";
        for (Map<String, Object> step : List.<Map<String, Object>>of(Map.of("step", "PURCHASED"),
                Map.of("step", "SELLER_SHIPPED", "tracking", "ZT" + c.index),
                Map.of("step", "SHIPPED_ABROAD", "parcelId", "PCL-" + c.index, "carrier", "EMS", "tracking",
                        "EE" + c.index),
                Map.of("step", "DELIVERED"))) {
            patient.call("POST", ORDER_SERVICE, journey, "platform", "agent-platform", step, Map.of(), Set.of(200));
        }
    }

    private void decide(ChaosCase c, String outcome, Long amount) throws InterruptedException {
        c.disputeId = patient.await(DISPUTE_SERVICE, "/api/disputes?caseId=" + c.caseId, "agent", AGENT,
                reply -> reply.json().path(0).has("disputeId")).json().path(0).path("disputeId").asText();
        patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/assignment", "agent", AGENT, null,
                Map.of(), Set.of(200));
        Reply decision = awaitDecision(c, decisionBody(outcome, amount));
        c.expectedRefunds.add(refundAmount(decision.json()));
    }

    /** Decides, waiting while messaging-service is still closing the negotiation (409 NEGOTIATION_CLOSING). */
    private Reply awaitDecision(ChaosCase c, Map<String, Object> body) throws InterruptedException {
        Instant deadline = Instant.now().plus(Patient.PATIENCE);
        while (true) {
            Reply decision = patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/decision",
                    "agent", AGENT, body, Map.of("Idempotency-Key", "decide-" + c.disputeId), Set.of(201, 409));
            if (decision.status() == 201 || !decision.body().contains("NEGOTIATION_CLOSING")
                    || Instant.now().isAfter(deadline)) {
                if (decision.status() != 201) {
                    throw new AssertionError("decision answered " + decision.status() + ": " + decision.body());
                }
                return decision;
            }
            Thread.sleep(300);
        }
    }

    private void appeal(ChaosCase c, String role, String party, String outcome, Long amount)
            throws InterruptedException {
        patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/appeal", role, party,
                Map.of("reason", "The decision misreads the photos"), Map.of(), Set.of(201));
        Reply decision = patient.call("POST", DISPUTE_SERVICE, "/api/disputes/" + c.disputeId + "/appeal/decision",
                "supervisor", SUPERVISOR, decisionBody(outcome, amount),
                Map.of("Idempotency-Key", "appeal-" + c.disputeId), Set.of(201));
        long owed = refundAmount(decision.json());
        long paid = c.expectedTotal();
        if (owed > paid) {
            c.expectedRefunds.add(owed - paid);
        } else {
            c.expectNothingDue = true;
        }
    }

    private static Map<String, Object> decisionBody(String outcome, Long amount) {
        return amount == null ? Map.of("outcome", outcome, "rationale", "Photos show the fault")
                : Map.of("outcome", outcome, "rationale", "Photos show the fault",
                        "amount", Map.of("minorUnits", amount, "currency", "USD"));
    }

    private static long refundAmount(JsonNode decision) {
        return decision.path("refundAmount").path("minorUnits").asLong();
    }
}
