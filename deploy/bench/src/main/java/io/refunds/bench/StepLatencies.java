package io.refunds.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-step latencies of every case, from the report's due time, the decider's request times and the events'
 * publish times (Kafka record timestamps, set by each service's outbox relay when it sends).
 */
final class StepLatencies {

    static final String REPORT = "report → IssueReported";
    static final String SELLER = "IssueReported → SellerUnresponsive";
    static final String DISPUTE = "SellerUnresponsive → DisputeOpened";
    static final String DECISION = "decision request → DecisionMade";
    static final String REFUND = "DecisionMade → RefundIssued";
    static final String END_TO_END = "end to end: report → RefundIssued";

    private final Map<String, Long> dueMillisByCase;
    private final EventTimes events;
    private final Map<String, Long> decisionStartMillis;

    StepLatencies(Map<String, Long> dueMillisByCase, EventTimes events, Map<String, Long> decisionStartMillis) {
        this.dueMillisByCase = dueMillisByCase;
        this.events = events;
        this.decisionStartMillis = decisionStartMillis;
    }

    Map<String, Percentiles> steps() {
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (String step : List.of(REPORT, SELLER, DISPUTE, DECISION, REFUND, END_TO_END)) {
            steps.put(step, new ArrayList<>());
        }
        dueMillisByCase.forEach((caseId, due) -> {
            long reported = events.published(caseId, Step.ISSUE_REPORTED);
            long unresponsive = events.published(caseId, Step.SELLER_UNRESPONSIVE);
            long opened = events.published(caseId, Step.DISPUTE_OPENED);
            long decided = events.published(caseId, Step.DECISION_MADE);
            long refunded = events.published(caseId, Step.REFUND_ISSUED);
            add(steps.get(REPORT), due, reported);
            add(steps.get(SELLER), reported, unresponsive);
            add(steps.get(DISPUTE), unresponsive, opened);
            add(steps.get(DECISION), decisionStartMillis.getOrDefault(caseId, 0L), decided);
            add(steps.get(REFUND), decided, refunded);
            add(steps.get(END_TO_END), due, refunded);
        });
        Map<String, Percentiles> result = new LinkedHashMap<>();
        steps.forEach((step, values) -> result.put(step, Percentiles.of(values)));
        return result;
    }

    /** Per event: its publish time minus the business time in its payload (the service's commit, roughly). */
    Map<String, Percentiles> publishLag() {
        Map<String, Percentiles> result = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            List<Double> lags = new ArrayList<>();
            dueMillisByCase.keySet().forEach(caseId -> add(lags, events.committed(caseId, step),
                    events.published(caseId, step)));
            result.put(step.event.ceType().replace("refunds.", "").replace(".v1", ""), Percentiles.of(lags));
        }
        return result;
    }

    /** DisputeOpened published → the automatic agent's decision request (includes the claim): the harness's share. */
    Percentiles deciderReaction() {
        List<Double> reactions = new ArrayList<>();
        dueMillisByCase.keySet().forEach(caseId -> add(reactions, events.published(caseId, Step.DISPUTE_OPENED),
                decisionStartMillis.getOrDefault(caseId, 0L)));
        return Percentiles.of(reactions);
    }

    int refunded() {
        return (int) dueMillisByCase.keySet().stream()
                .filter(caseId -> events.published(caseId, Step.REFUND_ISSUED) != 0).count();
    }

    long lastRefundMillis() {
        return dueMillisByCase.keySet().stream().mapToLong(caseId -> events.published(caseId, Step.REFUND_ISSUED))
                .max().orElse(0);
    }

    private static void add(List<Double> values, long from, long to) {
        if (from != 0 && to != 0) {
            values.add((double) (to - from));
        }
    }
}
