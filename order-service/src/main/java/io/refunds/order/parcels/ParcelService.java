package io.refunds.order.parcels;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.Money;
import io.refunds.order.order.OrderItem;
import io.refunds.order.order.OrderRepository;
import io.refunds.order.policy.ParcelClaimReason;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.order.policy.ParcelPolicy;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Parcels before and after a claim: what the buyer (or staff) sees of a parcel — its items, tracking, the claims
 * made, and what each claim reason allows now and would pay ({@link ParcelClaims}) — and the carrier's scans the
 * platform posts. A parcel is known by the items shipped abroad in it; its buyer is the items' buyer.
 */
@ApplicationScoped
public class ParcelService {

    private final OrderRepository orders;
    private final ParcelTrackingRepository tracking;
    private final ParcelClaimRepository claims;
    private final ParcelPolicy policy;

    public ParcelService(OrderRepository orders, ParcelTrackingRepository tracking, ParcelClaimRepository claims,
            ParcelConfig config) {
        this.orders = orders;
        this.tracking = tracking;
        this.claims = claims;
        this.policy = config.policy();
    }

    /** A carrier scan as recorded: the parcel's items and tracking, and whether it moved the parcel on. */
    public record Scanned(String parcelId, List<OrderItem> items, ParcelTracking tracking, boolean movedOn) {
    }

    /** The parcel, if the caller is its buyer, staff or the platform. */
    public Uni<ParcelView> find(String parcelId, Caller caller) {
        return Panache.withSession(() -> visibleItems(parcelId, caller)
                .chain(items -> tracking.findById(parcelId).chain(t -> view(parcelId, items, t))));
    }

    /**
     * A carrier scan, from the platform's tracking feed, in the caller's transaction; an older one than the last
     * changes nothing. It moved the parcel on when it counted and did not declare the parcel lost.
     */
    public Uni<Scanned> scan(String parcelId, ParcelRequests.Scan request, Caller caller) {
        return visibleItems(parcelId, caller).chain(items -> tracking.lock(parcelId).chain(found -> {
            Instant now = now();
            ParcelTracking t = found != null ? found : Parcels.untracked(parcelId, now);
            Instant shipped = Parcels.parcel(parcelId, items, null).shippedAt();
            boolean changed = Parcels.scan(t, shipped, request.scannedAt(), request.location(),
                    request.declaredLost(), now);
            Uni<ParcelTracking> saved = found == null && changed ? tracking.persist(t) : Uni.createFrom().item(t);
            return saved.map(kept -> new Scanned(parcelId, items, found == null && !changed ? null : kept,
                    changed && !request.declaredLost()));
        }));
    }

    /** The parcel as its buyer sees it, from its items and tracking (null before the first scan). */
    public Uni<ParcelView> view(String parcelId, List<OrderItem> items, ParcelTracking t) {
        ParcelClaims.Parcel parcel = Parcels.parcel(parcelId, items, t);
        Instant now = now();
        Uni<List<ParcelView.PayoutView>> payouts = Uni.createFrom().item(new ArrayList<>());
        for (OrderItem item : items) {
            payouts = payouts.chain(list -> orders.costLines(item.orderId, item.itemId).map(lines -> {
                list.add(ParcelView.PayoutView.of(item.orderId, item.itemId,
                        ParcelClaims.payout(lines, item.paidCurrency, insured(item), policy)));
                return list;
            }));
        }
        return payouts.chain(perItem -> claims.ofParcel(parcelId).map(made -> {
            List<ParcelView.ClaimView> reasons = new ArrayList<>();
            for (ParcelClaimReason reason : ParcelClaimReason.values()) {
                reasons.add(claim(reason, parcel, made, perItem, now));
            }
            OrderItem first = items.get(0);
            return new ParcelView(parcelId, first.parcelCarrier, first.parcelTracking, parcel.shippedAt(),
                    parcel.deliveredAt(), parcel.lastScanAt(), t == null ? null : t.lastScanLocation(),
                    parcel.carrierDeclaredLost(), items.stream().map(item -> new ParcelView.ItemView(item.orderId,
                            item.itemId, item.title, MoneyInput.of(item.paid()), insured(item) == null ? null
                                    : MoneyInput.of(insured(item)))).toList(), reasons,
                    made.stream().map(ParcelView.ClaimedView::of).toList());
        }));
    }

    private ParcelView.ClaimView claim(ParcelClaimReason reason, ParcelClaims.Parcel parcel,
            List<ParcelClaimRecord> made, List<ParcelView.PayoutView> payouts, Instant now) {
        try {
            Parcels.requireNotClaimed(reason, parcel.parcelId(), made);
            Instant until = ParcelClaims.deadline(reason, parcel, policy, now);
            return new ParcelView.ClaimView(reason.name(), true, null, null, until, payouts);
        } catch (ApiException refused) {
            return new ParcelView.ClaimView(reason.name(), false, refused.problem().rule(), refused.getMessage(),
                    null, payouts);
        }
    }

    /** The parcel's items, when the caller may see them; otherwise "not found", as a parcel that does not exist. */
    private Uni<List<OrderItem>> visibleItems(String parcelId, Caller caller) {
        return orders.itemsInParcel(parcelId).chain(items -> {
            if (items.isEmpty()) {
                return Uni.createFrom().failure(ApiException.notFound("parcel " + parcelId));
            }
            if (caller.isStaff() || caller.is(Roles.PLATFORM)) {
                return Uni.createFrom().item(items);
            }
            return orders.findById(items.get(0).orderId).map(order -> {
                if (order == null || !order.buyerId.equals(caller.id())) {
                    throw ApiException.notFound("parcel " + parcelId);
                }
                return items;
            });
        });
    }

    /** What the item was insured for; null when it was not. */
    public static Money insured(OrderItem item) {
        return item.insuredMinor == null || item.insuredMinor == 0 ? null
                : Money.of(item.insuredMinor, item.insuredCurrency);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
