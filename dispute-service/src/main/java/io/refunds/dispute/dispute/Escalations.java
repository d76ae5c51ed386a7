package io.refunds.dispute.dispute;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.casefile.CaseFileEntry;
import io.refunds.dispute.casefile.CaseFileRepository;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The buyer escalates a case after the seller declined, after rejecting an
 * offer, or once the seller's deadline has passed; while the seller still has time and has not refused, 409.
 */
@ApplicationScoped
public class Escalations {

    private final CaseFileRepository files;
    private final DisputeRepository disputes;
    private final DisputeOpener opener;

    public Escalations(CaseFileRepository files, DisputeRepository disputes, DisputeOpener opener) {
        this.files = files;
        this.disputes = disputes;
        this.opener = opener;
    }

    /** The case to escalate and, optionally, why. */
    public record EscalationRequest(@NotNull UUID caseId, @Size(max = 2000) String reason) {
    }

    @WithTransaction
    public Uni<Response> escalate(EscalationRequest request, Caller caller) {
        return files.lock(request.caseId()).chain(file -> {
            if (file == null || !file.buyerId.equals(caller.id())) {
                return Uni.createFrom().failure(ApiException.notFound("case " + request.caseId()));
            }
            return disputes.openOfCase(file.caseId).chain(open -> open != null
                    ? Uni.createFrom().failure(ApiException.conflict("a dispute is already open: " + open.id))
                    : files.entries(file.caseId).chain(entries -> {
                        requireEscalable(entries, Instant.now());
                        // The negotiation may still be open in messaging-service: the dispute waits for its answer.
                        return opener.open(new DisputeOpener.Claim(file.caseId, file.orderId, file.itemId,
                                file.buyerId, file.sellerId, file.reason, file.paid()), DisputeTrigger.BUYER_ESCALATION,
                                false);
                    }))
                    .chain(() -> disputes.openOfCase(file.caseId))
                    .map(dispute -> Response.created(URI.create("/api/disputes/" + dispute.id))
                            .entity(java.util.Map.of("disputeId", dispute.id, "trigger", dispute.trigger)).build());
        });
    }

    private static void requireEscalable(List<CaseFileEntry> entries, Instant now) {
        if (entries.stream().anyMatch(entry -> "SettlementAgreed".equals(entry.entryType))) {
            throw ApiException.refusedBy(409, "CASE_SETTLED", "caseId",
                    "you accepted the seller's offer: the case is settled and the settlement is paid");
        }
        boolean declined = entries.stream().anyMatch(entry -> "SellerDeclined".equals(entry.entryType));
        String lastOfferStep = entries.stream()
                .filter(entry -> "OfferMade".equals(entry.entryType) || "OfferRejected".equals(entry.entryType))
                .reduce((first, second) -> second).map(entry -> entry.entryType).orElse("");
        Instant sellerDeadline = entries.stream().filter(entry -> entry.dueAt != null)
                .map(entry -> entry.dueAt).findFirst().orElse(null);
        boolean deadlinePassed = sellerDeadline != null && now.isAfter(sellerDeadline);
        if (!(declined || "OfferRejected".equals(lastOfferStep) || deadlinePassed)) {
            throw ApiException.refusedBy(409, "SELLER_STILL_ANSWERING", "caseId", sellerDeadline == null
                    ? "the seller has not been asked yet; if the conversation just opened, retry in a few seconds"
                    : "the seller has until " + Moments.format(sellerDeadline) + " to answer, and no decline or"
                            + " rejected offer has been recorded yet; one made in the last seconds is still being"
                            + " recorded, so retry in a few seconds");
        }
    }
}
