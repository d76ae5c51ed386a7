package io.refunds.local.reliability;

import static io.refunds.local.PlatformSettings.MESSAGING_SERVICE;
import static io.refunds.local.PlatformSettings.REFUND_SERVICE;

import java.nio.file.Path;
import java.util.UUID;

/** One finished silent-seller case (decided, refunded to the wallet) and the ids of everything it made. */
record Fixture(String orderId, String buyerId, String sellerId, UUID caseId, String evidenceId,
        String conversationId, String disputeId, String refundId) {

    static Fixture create(Http http, Path root, String name) throws Exception {
        ChaosCase c = new ChaosCase(0, ChaosCase.Route.SILENT_SELLER, name + Long.toString(System.nanoTime(), 36));
        new CaseDriver(http, root).drive(c);
        Patient patient = new Patient(http);
        String refundId = patient.await(REFUND_SERVICE, "/api/refunds?caseId=" + c.caseId, "buyer", c.buyerId,
                reply -> "ISSUED".equals(reply.json().path(0).path("status").asText()))
                .json().path(0).path("refundId").asText();
        String conversationId = patient.get(MESSAGING_SERVICE, "/api/conversations?caseId=" + c.caseId, "buyer",
                c.buyerId).json().path(0).path("conversationId").asText();
        String evidenceId = patient.get(io.refunds.local.PlatformSettings.ORDER_SERVICE, "/api/cases/" + c.caseId,
                "buyer", c.buyerId).json().path("evidence").path(0).path("evidenceId").asText();
        return new Fixture(c.orderId, c.buyerId, c.sellerId, c.caseId, evidenceId, conversationId, c.disputeId,
                refundId);
    }

    /** {@code template} with {O}, {C}, {E}, {V}, {D}, {R}, {B} replaced by this fixture's ids. */
    String path(String template) {
        return template.replace("{O}", orderId).replace("{C}", caseId.toString()).replace("{E}", evidenceId)
                .replace("{V}", conversationId).replace("{D}", disputeId).replace("{R}", refundId)
                .replace("{B}", buyerId);
    }
}
