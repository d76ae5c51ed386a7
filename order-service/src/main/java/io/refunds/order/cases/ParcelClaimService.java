package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.cases.ParcelClaimRules.ClaimedItem;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.parcels.ParcelClaimRepository;
import io.refunds.order.parcels.ParcelConfig;
import io.refunds.order.parcels.ParcelRequests;
import io.refunds.order.parcels.ParcelService;
import io.refunds.order.parcels.ParcelTrackingRepository;
import io.refunds.order.parcels.ParcelView;
import io.refunds.order.parcels.Parcels;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.order.policy.ParcelPolicy;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims on international parcels, once per Idempotency-Key: the parcel's items are locked together, each one's
 * payout, QC photos and open case loaded, {@link ParcelClaimRules} decides, and the claim, its cases, their evidence
 * and IssueReported events are written in one transaction. A carrier scan that moves a parcel claimed LOST on finds
 * it, in the scan's transaction.
 */
@ApplicationScoped
public class ParcelClaimService {

    private final OrderRepository orders;
    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final ParcelClaimRepository claims;
    private final ParcelTrackingRepository tracking;
    private final ParcelService parcels;
    private final CasePublisher publisher;
    private final IdempotencyKeys idempotencyKeys;
    private final ParcelPolicy policy;
    private final int damagedMinEvidence;

    public ParcelClaimService(OrderRepository orders, CaseRepository cases, EvidenceRepository evidence,
            ParcelClaimRepository claims, ParcelTrackingRepository tracking, ParcelService parcels,
            CasePublisher publisher, IdempotencyKeys idempotencyKeys, ParcelConfig config) {
        this.orders = orders;
        this.cases = cases;
        this.evidence = evidence;
        this.claims = claims;
        this.tracking = tracking;
        this.parcels = parcels;
        this.publisher = publisher;
        this.idempotencyKeys = idempotencyKeys;
        this.policy = config.policy();
        this.damagedMinEvidence = config.damagedMinEvidence();
    }

    /** The claim as its buyer sees it (201), or the first answer again for a repeated key and body. */
    public Uni<IdempotentResponse> claim(String parcelId, ParcelClaimRequest request, String buyerId,
            String idempotencyKey) {
        return Panache.withTransaction(() -> idempotencyKeys.once("parcel-claim:" + buyerId, idempotencyKey,
                new Keyed(parcelId, request), () -> open(parcelId, request, buyerId).map(view -> idempotencyKeys
                        .created("/api/parcels/" + parcelId + "/claims/" + view.claimId(), view))));
    }

    /** The claim, for the parcel's buyer, staff and the platform (404 for anyone else). */
    public Uni<ParcelClaimView> find(String parcelId, UUID claimId, Caller caller) {
        return Panache.withSession(() -> claims.findById(claimId).chain(claim -> {
            boolean visible = claim != null && claim.parcelId().equals(parcelId)
                    && (caller.isStaff() || caller.is(Roles.PLATFORM) || claim.buyerId().equals(caller.id()));
            return !visible ? Uni.createFrom().failure(ApiException.notFound("claim " + claimId + " of parcel "
                    + parcelId)) : cases.ofParcelClaim(claimId).map(of -> ParcelClaimView.of(claim, of));
        }));
    }

    /** A carrier scan; one that moves a parcel claimed LOST on finds it, and its cases announce ParcelFound. */
    public Uni<ParcelView> scan(String parcelId, ParcelRequests.Scan request, Caller caller) {
        return Panache.withTransaction(() -> parcels.scan(parcelId, request, caller).chain(scanned -> {
            Uni<Void> found = !scanned.movedOn() ? Uni.createFrom().voidItem()
                    : claims.lockUnfoundLost(parcelId).chain(lost -> lost == null ? Uni.createFrom().voidItem()
                            : cases.lockOfParcelClaim(lost.id()).chain(of -> publish(of, ParcelClaimRules.found(lost,
                                    of, scanned.tracking().lastScanAt(), scanned.tracking().lastScanLocation(),
                                    now()))));
            return found.chain(() -> parcels.view(parcelId, scanned.items(), scanned.tracking()));
        }));
    }

    /** The parcel and the claim's body: one key answers one claim on one parcel. */
    private record Keyed(String parcelId, ParcelClaimRequest request) {
    }

    private Uni<ParcelClaimView> open(String parcelId, ParcelClaimRequest request, String buyerId) {
        Instant now = now();
        return ownItems(parcelId, buyerId).chain(items -> tracking.findById(parcelId)
                .chain(t -> claimedItems(items).chain(claimed -> claims.ofParcel(parcelId)
                        .chain(made -> evidence.byIds(request.evidence()).map(uploads -> new ParcelClaimRules.Claim(
                                UUID.randomUUID(), buyerId, request, Parcels.parcel(parcelId, items, t),
                                t == null ? null : t.lastScanLocation(), claimed, made, uploads, policy,
                                damagedMinEvidence))))))
                .chain(claim -> {
                    ParcelClaimRules.Opened opened = ParcelClaimRules.open(claim, now);
                    return claims.persist(opened.claim())
                            .chain(() -> persistAll(opened.cases()))
                            .chain(() -> publish(opened.cases(), opened.announcements()))
                            .map(ignored -> ParcelClaimView.of(opened.claim(), opened.cases()));
                });
    }

    /** Each item's payout under the parcel's insurance, its QC photos, and whether it has an open case. */
    private Uni<List<ClaimedItem>> claimedItems(List<OrderItem> items) {
        Uni<List<ClaimedItem>> loaded = Uni.createFrom().item(new ArrayList<>());
        for (OrderItem item : items) {
            loaded = loaded.chain(list -> orders.costLines(item.orderId, item.itemId)
                    .chain(lines -> evidence.qcPhotos(item.orderId, item.itemId)
                            .chain(qc -> cases.hasOpenCase(item.orderId, item.itemId).map(open -> {
                                list.add(new ClaimedItem(item, ParcelClaims.payout(lines, item.paidCurrency,
                                        ParcelService.insured(item), policy), qc, open));
                                return list;
                            }))));
        }
        return loaded;
    }

    /** The parcel's items, locked, when the buyer's; a parcel of anyone else's is "not found", as an unknown one. */
    private Uni<List<OrderItem>> ownItems(String parcelId, String buyerId) {
        return orders.lockItemsInParcel(parcelId).chain(items -> items.isEmpty()
                ? Uni.createFrom().failure(ApiException.notFound("parcel " + parcelId))
                : orders.findById(items.get(0).orderId).map(order -> {
                    if (order == null || !order.buyerId.equals(buyerId)) {
                        throw ApiException.notFound("parcel " + parcelId);
                    }
                    return items;
                }));
    }

    private Uni<Void> persistAll(List<RefundCase> opened) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (RefundCase refundCase : opened) {
            done = done.chain(() -> cases.persist(refundCase).replaceWithVoid());
        }
        return done;
    }

    private Uni<Void> publish(List<RefundCase> of, List<List<Announcement>> announcements) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (int i = 0; i < announcements.size(); i++) {
            UUID caseId = of.get(i).id();
            List<Announcement> each = announcements.get(i);
            done = done.chain(() -> publisher.publish(caseId, each).replaceWithVoid());
        }
        return done;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
