package io.refunds.dispute.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decision's request body as a client sends it, valid or not (an unknown outcome, a negative amount): the outcome,
 * the rationale and, for a partial refund, the amount.
 */
public final class DecisionBody {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private DecisionBody(String outcome, String rationale) {
        body.put("outcome", outcome);
        body.put("rationale", rationale);
    }

    public static DecisionBody fullRefund(String rationale) {
        return new DecisionBody("FULL_REFUND", rationale);
    }

    public static DecisionBody rejected(String rationale) {
        return new DecisionBody("REJECTED", rationale);
    }

    public static DecisionBody partialRefund(long minorUnits, String currency, String rationale) {
        return new DecisionBody("PARTIAL_REFUND", rationale).amount(minorUnits, currency);
    }

    /** Any outcome, even one the API does not know. */
    public static DecisionBody outcome(String outcome, String rationale) {
        return new DecisionBody(outcome, rationale);
    }

    public DecisionBody amount(long minorUnits, String currency) {
        body.put("amount", Map.of("minorUnits", minorUnits, "currency", currency));
        return this;
    }

    /** A cost line the decision names, with what is refunded of it. */
    public DecisionBody line(String kind, long minorUnits, String currency) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> lines = (java.util.List<Object>) body.computeIfAbsent("lines",
                key -> new java.util.ArrayList<>());
        lines.add(Map.of("kind", kind, "amount", Map.of("minorUnits", minorUnits, "currency", currency)));
        return this;
    }

    public Map<String, Object> toMap() {
        return Map.copyOf(body);
    }

    @Override
    public String toString() {
        return body.toString();
    }
}
