package io.refunds.marketplace.standin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the seller (and the network before it) does for a sub-order, read from magic words in its oid. */
record SellerBehaviour(Answer answer, boolean late, int errors, int timeouts, int conflicts) {

    /** The seller's answer to a filed refund. */
    enum Answer { AGREE, REFUSE, PARTIAL, RETURN, SILENT }

    private static final Pattern ERRORS = Pattern.compile("_error(\\d+)");
    private static final Pattern TIMEOUTS = Pattern.compile("_timeout(\\d+)");
    private static final Pattern CONFLICTS = Pattern.compile("_conflict(\\d+)");

    /**
     * The answer ({@code _refuse}, {@code _partial}, {@code _return}, {@code _silent}, else agree, in that order of
     * precedence), whether it comes {@code _late}, and the first calls that fail ({@code _errorN}), answer too late
     * ({@code _timeoutN}) or meet a seller's message that moved the version on ({@code _conflictN}).
     */
    static SellerBehaviour of(String oid) {
        if (oid == null) {
            return new SellerBehaviour(Answer.AGREE, false, 0, 0, 0);
        }
        Answer answer = oid.contains("_refuse") ? Answer.REFUSE
                : oid.contains("_partial") ? Answer.PARTIAL
                : oid.contains("_return") ? Answer.RETURN
                : oid.contains("_silent") ? Answer.SILENT
                : Answer.AGREE;
        return new SellerBehaviour(answer, oid.contains("_late"), count(ERRORS, oid), count(TIMEOUTS, oid),
                count(CONFLICTS, oid));
    }

    private static int count(Pattern pattern, String oid) {
        Matcher matcher = pattern.matcher(oid);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
