package io.refunds.platform.testapp;

import java.util.List;
import java.util.UUID;

/** What the test handlers applied, read from the {@code applied} table. */
public final class Applied {

    private Applied() {
    }

    /** The event ids {@code handler} applied for the case, in the order applied. */
    public static List<String> eventIds(String handler, UUID caseId) {
        return TestDatabase.column("select event_id from applied where handler = ? and case_id = ? order by id",
                handler, caseId);
    }

    /** The details (a message's body, say) {@code handler} applied for the case, in the order applied. */
    public static List<String> details(String handler, UUID caseId) {
        return TestDatabase.column("select detail from applied where handler = ? and case_id = ? order by id",
                handler, caseId);
    }
}
