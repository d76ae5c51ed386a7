package io.refunds.order.cases;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may read what hangs off a case (its returns, its replacements): the case's buyer and seller, staff and the
 * platform; anyone else is told "not found", as for something that does not exist.
 */
@ApplicationScoped
public class CaseReaders {

    private final CaseRepository cases;

    public CaseReaders(CaseRepository cases) {
        this.cases = cases;
    }

    /** {@code row} of case {@code caseId} (null: none), if the caller may see the case; else 404 naming {@code what}. */
    public <T> Uni<T> visible(T row, UUID caseId, Caller caller, String what) {
        if (row == null) {
            return Uni.createFrom().failure(ApiException.notFound(what));
        }
        if (staffOrPlatform(caller)) {
            return Uni.createFrom().item(row);
        }
        return cases.findById(caseId).map(refundCase -> {
            if (refundCase == null || !refundCase.visibleTo(caller.id(), false)) {
                throw ApiException.notFound(what);
            }
            return row;
        });
    }

    /** The rows {@code ofCase} loads, if the caller may see case {@code caseId}; else 404. */
    public <T> Uni<List<T>> ofCase(UUID caseId, Caller caller, Supplier<Uni<List<T>>> ofCase) {
        return cases.findById(caseId).chain(refundCase -> {
            if (refundCase == null || !refundCase.visibleTo(caller.id(), staffOrPlatform(caller))) {
                return Uni.createFrom().failure(ApiException.notFound("case " + caseId));
            }
            return ofCase.get();
        });
    }

    private static boolean staffOrPlatform(Caller caller) {
        return caller.isStaff() || caller.is(Roles.PLATFORM);
    }
}
