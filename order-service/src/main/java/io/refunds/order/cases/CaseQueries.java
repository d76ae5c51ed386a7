package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.refunds.order.timeline.Audience;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** "Where is my refund?": one case with everything on it, or the caller's cases. */
@ApplicationScoped
public class CaseQueries {

    private final CaseRepository cases;
    private final CachedCaseViews views;

    public CaseQueries(CaseRepository cases, CachedCaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    /**
     * From the cache or one SQL round trip, worded for the caller: the case's buyer, its seller, or staff. A case the
     * caller may not see is "not found", as one that does not exist.
     */
    public Uni<CaseView> find(UUID caseId, Caller caller) {
        return document(caseId, caller).map(document -> document.loaded().view(reader(caller, document)));
    }

    /** The same, as the JSON the cache keeps; a cached case is answered without a single Mutiny operator. */
    public Uni<byte[]> json(UUID caseId, Caller caller) {
        CaseDocument cached = views.cached(caseId);
        if (cached != null) {
            return visibleTo(caller, cached)
                    ? Uni.createFrom().item(views.json(cached, reader(caller, cached)))
                    : Uni.createFrom().failure(ApiException.notFound("case " + caseId));
        }
        return document(caseId, caller).map(document -> views.json(document, reader(caller, document)));
    }

    private Uni<CaseDocument> document(UUID caseId, Caller caller) {
        return views.find(caseId).map(document -> {
            if (document == null || !visibleTo(caller, document)) {
                throw ApiException.notFound("case " + caseId);
            }
            return document;
        });
    }

    private static boolean visibleTo(Caller caller, CaseDocument document) {
        return document.refundCase().visibleTo(caller.id(), caller.isStaff() || caller.is(Roles.PLATFORM));
    }

    private static Audience reader(Caller caller, CaseDocument document) {
        CaseParties parties = document.refundCase().parties();
        return Audience.of(caller.id(), parties.buyerId(), parties.sellerId());
    }

    /** Buyers and sellers see their own cases; agents and supervisors see all. */
    @WithSession
    public Uni<List<CaseView>> list(CaseStatus status, int page, int size, Caller caller) {
        String participant = caller.isStaff() ? null : caller.id();
        return cases.search(participant, status, Page.of(page, size))
                .map(found -> found.stream().map(CaseView::summary).toList());
    }
}
