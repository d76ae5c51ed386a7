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
 * Parcels before a claim: what the buyer (or staff) sees of a parcel — its items, tracking, and what each claim
 * reason allows now and would pay ({@link ParcelClaims}) — and the carrier's scans the platform posts. A parcel is
 * known by the items shipped abroad in it; its buyer is the items' buyer.
 */
@ApplicationScoped
public class ParcelService {

    private final OrderRepository orders;
    private final ParcelTrackingRepository tracking;
    private final ParcelPolicy policy;

    public ParcelService(OrderRepository orders, ParcelTrackingRepository tracking, ParcelConfig config) {
        this.orders = orders;
        this.tracking = tracking;
        this.policy = config.policy();
    }

    /** The parcel, if the caller is its buyer, staff or the platform. */
    public Uni<ParcelView> find(String parcelId, Caller caller) {
        return Panache.withSession(() -> visibleItems(parcelId, caller)
                .chain(items -> tracking.findById(parcelId).chain(t -> view(parcelId, items, t))));
    }

    /** A carrier scan, from the platform's tracking feed; an older one than the last changes nothing. */
    public Uni<ParcelView> scan(String parcelId, ParcelRequests.Scan request, Caller caller) {
        return Panache.withTransaction(() -> visibleItems(parcelId, caller).chain(items -> tracking.lock(parcelId)
                .chain(found -> {
                    Instant now = now();
                    ParcelTracking t = found != null ? found : Parcels.untracked(parcelId, now);
                    Instant shipped = Parcels.parcel(parcelId, items, null).shippedAt();
                    boolean changed = Parcels.scan(t, shipped, request.scannedAt(), request.location(),
                            request.declaredLost(), now);
                    Uni<ParcelTracking> saved = found == null && changed ? tracking.persist(t)
                            : Uni.createFrom().item(t);
                    return saved.chain(kept -> view(parcelId, items, found == null && !changed ? null : kept));
                })));
    }

    private Uni<ParcelView> view(String parcelId, List<OrderItem> items, ParcelTracking t) {
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
        return payouts.map(perItem -> {
            List<ParcelView.ClaimView> claims = new ArrayList<>();
            for (ParcelClaimReason reason : ParcelClaimReason.values()) {
                claims.add(claim(reason, parcel, perItem, now));
            }
            OrderItem first = items.get(0);
            return new ParcelView(parcelId, first.parcelCarrier, first.parcelTracking, parcel.shippedAt(),
                    parcel.deliveredAt(), parcel.lastScanAt(), t == null ? null : t.lastScanLocation(),
                    parcel.carrierDeclaredLost(), items.stream().map(item -> new ParcelView.ItemView(item.orderId,
                            item.itemId, item.title, MoneyInput.of(item.paid()), insured(item) == null ? null
                                    : MoneyInput.of(insured(item)))).toList(), claims);
        });
    }

    private ParcelView.ClaimView claim(ParcelClaimReason reason, ParcelClaims.Parcel parcel,
            List<ParcelView.PayoutView> payouts, Instant now) {
        try {
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

    private static Money insured(OrderItem item) {
        return item.insuredMinor == null || item.insuredMinor == 0 ? null
                : Money.of(item.insuredMinor, item.insuredCurrency);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
