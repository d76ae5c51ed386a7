package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.refunds.order.evidence.CaseAccess;
import io.refunds.order.order.WarehouseClaims;
import io.refunds.order.policy.BuyerFaultClaims;
import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.Fault;
import io.refunds.order.policy.OpenCases;
import io.refunds.order.returns.ReplacementProgress;
import io.refunds.order.returns.ReturnStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Refund cases; also what the lower features ask of cases (an item's open case, a case's parties). */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<RefundCase, UUID>, OpenCases, CaseAccess,
        WarehouseClaims, BuyerFaultClaims {

    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

    /*
     * Counts are written as HQL rather than Panache's count(): that one derives a new count query from the finder's
     * tree on every call, so Hibernate translates it to SQL each time (measured: 4-8 % of a service's CPU), while a
     * query string's translation is cached.
     */
    /* A case whose return is still on its way counts as open, whatever its status (a settled return, say). */
    private static final String OPEN_OR_RETURNING = " and (c.status in :open or exists (from StoredReturn r"
            + " where r.caseId = c.id and r.status in :returning) or exists (from StoredReplacement p"
            + " where p.caseId = c.id and p.status = :awaited))";
    private static final String OPEN_ON_ITEM = "select count(*) from RefundCase c where c.parties.orderId = :orderId"
            + " and c.parties.itemId = :itemId" + OPEN_OR_RETURNING;
    private static final String OPEN_AT_WAREHOUSE = "select count(*) from RefundCase c"
            + " where c.parties.orderId = :orderId and c.parties.itemId = :itemId and c.claimStage = :stage"
            + OPEN_OR_RETURNING;
    private static final String BUYER_FAULT_SINCE = "select count(*) from RefundCase where parties.buyerId = :buyerId"
            + " and fault = :fault and reportedAt >= :since and status <> :closed";

    @Override
    public Uni<Boolean> hasOpenCase(String orderId, String itemId) {
        return countOf(OPEN_ON_ITEM, Parameters.with("orderId", orderId).and("itemId", itemId).and("open", OPEN)
                .and("returning", ReturnStatus.ON_ITS_WAY).and("awaited", ReplacementProgress.AWAITED))
                .map(count -> count > 0);
    }

    /** The cases a parcel claim opened, one per item of the parcel, in item order; locked until the transaction ends. */
    public Uni<List<RefundCase>> lockOfParcelClaim(UUID claimId) {
        return find("parcelClaimId = ?1 order by parties.orderId, parties.itemId", claimId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The cases a parcel claim opened, in item order. */
    public Uni<List<RefundCase>> ofParcelClaim(UUID claimId) {
        return find("parcelClaimId = ?1 order by parties.orderId, parties.itemId", claimId).list();
    }

    @Override
    public Uni<Boolean> hasOpenWarehouseClaim(String orderId, String itemId) {
        return countOf(OPEN_AT_WAREHOUSE, Parameters.with("orderId", orderId).and("itemId", itemId)
                .and("stage", ClaimStage.AT_WAREHOUSE).and("open", OPEN).and("returning", ReturnStatus.ON_ITS_WAY)
                .and("awaited", ReplacementProgress.AWAITED))
                .map(count -> count > 0);
    }

    @Override
    public Uni<Long> countSince(String buyerId, Instant since, boolean lockForReport) {
        Uni<Object> lock = !lockForReport ? Uni.createFrom().nullItem() : getSession().chain(session -> session
                .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended('buyer-fault-returns'"
                        + " || chr(31) || :buyer, 0))").setParameter("buyer", buyerId).getSingleResult());
        return lock.chain(() -> countOf(BUYER_FAULT_SINCE, Parameters.with("buyerId", buyerId)
                .and("fault", Fault.BUYER).and("since", since).and("closed", CaseStatus.CLOSED)));
    }

    /** The single count an HQL {@code select count(*)} query answers. */
    private Uni<Long> countOf(String hql, Parameters parameters) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, Long.class);
            parameters.map().forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    @Override
    public Uni<Boolean> isParty(UUID caseId, String userId) {
        return findById(caseId).map(refundCase -> refundCase != null && refundCase.parties.isParty(userId));
    }

    /** Locks the case for a state change: consumers of several topics may move one case at once. */
    public Uni<RefundCase> lock(UUID caseId) {
        return findById(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Cases newest first; {@code participant} null means every case (staff). */
    public Uni<List<RefundCase>> search(String participant, CaseStatus status, Page page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (participant != null) {
            query.append(" and (parties.buyerId = :participant or parties.sellerId = :participant)");
            parameters.and("participant", participant);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("reportedAt").and("id"), parameters).page(page).list();
    }
}
