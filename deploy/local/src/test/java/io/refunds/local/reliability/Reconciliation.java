package io.refunds.local.reliability;

import static io.refunds.local.PlatformSettings.ORDER_SERVICE;
import static io.refunds.local.PlatformSettings.REFUND_SERVICE;

import com.fasterxml.jackson.databind.JsonNode;
import io.refunds.events.EventType;
import io.refunds.local.reliability.Http.Reply;
import io.refunds.testing.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Compares what the platform did with what the driver owes, from three independent views: refund-service's
 * refunds, the distinct RefundIssued events on the topic, and order-service's case timeline; and checks the ledger
 * and the cost lines (each refund's lines less its deductions make its amount, no line is refunded beyond what was
 * paid for it, and a warehouse case pays exactly the lines its quote refunds).
 */
final class Reconciliation {

    /** The figures of one run. */
    record Figures(int cases, int kills, int restarts, long lost, long duplicated, long ledgerImbalance,
            long refundsExpected, long refundsIssued, long amountExpected, long amountIssued, int driverFailures,
            long linesBooked, long lineMismatches, List<String> findings) {

        String header() {
            return "cases, kills, restarts, lost, duplicated, ledger-imbalance";
        }

        String values() {
            return cases + ", " + kills + ", " + restarts + ", " + lost + ", " + duplicated + ", " + ledgerImbalance;
        }

        boolean clean() {
            return lost == 0 && duplicated == 0 && ledgerImbalance == 0 && driverFailures == 0 && lineMismatches == 0;
        }
    }

    private final Patient patient;
    private final Topics topics;

    Reconciliation(Http http, Topics topics) {
        this.patient = new Patient(http);
        this.topics = topics;
    }

    /** Waits (bounded) until every case looks final, then counts. */
    Figures reconcile(List<ChaosCase> cases, int kills, int restarts, Duration settle) throws Exception {
        Instant deadline = Instant.now().plus(settle);
        for (ChaosCase c : cases) {
            while (c.caseId != null && c.failure == null && !looksFinal(c) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
        }
        Map<String, Set<String>> refundEvents = new HashMap<>();
        for (ConsumerRecord<String, String> record : topics.readAll(EventType.REFUND_ISSUED.topic())) {
            refundEvents.computeIfAbsent(record.key(), key -> new HashSet<>())
                    .add(EventLog.header(record, "ce_id").orElse("?"));
        }
        long lost = 0;
        long duplicated = 0;
        long refundsExpected = 0;
        long refundsIssued = 0;
        long amountExpected = 0;
        long amountIssued = 0;
        int driverFailures = 0;
        long linesBooked = 0;
        long lineMismatches = 0;
        List<String> findings = new ArrayList<>();
        for (ChaosCase c : cases) {
            if (c.failure != null || c.caseId == null) {
                driverFailures++;
                findings.add(c + ": driver failed: " + c.failure);
                continue;
            }
            List<Long> issued = new ArrayList<>();
            Map<String, Long> lines = new java.util.TreeMap<>();
            int nothingDue = 0;
            boolean bySettlement = false;
            boolean byDecision = false;
            for (JsonNode refund : refunds(c).json()) {
                boolean paid = refund.path("amount").path("minorUnits").asLong() > 0;
                bySettlement |= paid && refund.hasNonNull("settlementId");
                byDecision |= paid && refund.hasNonNull("decisionId");
                switch (refund.path("status").asText()) {
                    case "ISSUED" -> {
                        issued.add(refund.path("amount").path("minorUnits").asLong());
                        long onLines = 0;
                        for (JsonNode line : refund.path("lines")) {
                            lines.merge(line.path("kind").asText(), line.path("amount").path("minorUnits").asLong(),
                                    Long::sum);
                            onLines += line.path("amount").path("minorUnits").asLong();
                            linesBooked++;
                        }
                        long owed = onLines - refund.path("deducted").path("minorUnits").asLong();
                        if (refund.path("lines").size() > 0 && owed != refund.path("amount").path("minorUnits")
                                .asLong()) {
                            lineMismatches++;
                            findings.add(c + ": refund " + refund.path("refundId").asText() + " pays "
                                    + refund.path("amount") + " but its lines less deductions make " + owed);
                        }
                    }
                    case "NOTHING_DUE" -> nothingDue++;
                    default -> findings.add(c + ": refund " + refund.path("refundId").asText() + " is "
                            + refund.path("status").asText() + " (" + refund.path("lastError").asText() + ")");
                }
            }
            if (bySettlement && byDecision) {
                findings.add(c + ": paid by both a settlement and a dispute's decision");
                duplicated++;
            }
            List<Long> missing = new ArrayList<>(c.expectedRefunds);
            issued.forEach(missing::remove);
            List<Long> extra = new ArrayList<>(issued);
            c.expectedRefunds.forEach(extra::remove);
            int expected = c.expectedRefunds.size();
            int onTopic = refundEvents.getOrDefault(c.caseId.toString(), Set.of()).size();
            JsonNode view = caseView(c).json();
            long onTimeline = StreamSupport.stream(view.path("timeline").spliterator(), false)
                    .filter(entry -> "RefundIssued".equals(entry.path("type").asText())).count();
            long caseLost = Math.max(missing.size(), Math.max(expected - onTopic, expected - onTimeline));
            if (caseLost == 0 && !c.expectedStatus.equals(view.path("status").asText())) {
                caseLost = 1;
            }
            long caseDuplicated = Math.max(extra.size(), Math.max(onTopic - expected, onTimeline - expected))
                    + Math.max(0, nothingDue - (c.expectNothingDue ? 1 : 0));
            lost += Math.max(0, caseLost);
            duplicated += Math.max(0, caseDuplicated);
            if (caseLost > 0 || caseDuplicated > 0 || nothingDue != (c.expectNothingDue ? 1 : 0)) {
                findings.add(c + ": expected " + c.expectedRefunds + (c.expectNothingDue ? " + NOTHING_DUE" : "")
                        + ", refund-service " + issued + " (+" + nothingDue + " NOTHING_DUE), topic " + onTopic
                        + ", timeline " + onTimeline + ", case " + view.path("status").asText());
            }
            if (c.expectedOwedBack > 0) {
                long owedBack = wallet(c).json().path("owedBack").path("minorUnits").asLong();
                if (owedBack != c.expectedOwedBack) {
                    lost++;
                    findings.add(c + ": the wallet shows " + owedBack + " owed back, not " + c.expectedOwedBack);
                }
            }
            if (c.expectedLines != null && !c.expectedLines.equals(lines)) {
                lineMismatches++;
                findings.add(c + ": expected lines " + c.expectedLines + ", refund-service booked " + lines);
            }
            for (Map.Entry<String, Long> line : lines.entrySet()) {
                if (line.getValue() > c.paidOn(line.getKey())) {
                    lineMismatches++;
                    findings.add(c + ": " + line.getKey() + " refunded " + line.getValue() + ", beyond its "
                            + c.paidOn(line.getKey()));
                }
            }
            refundsExpected += expected;
            refundsIssued += issued.size();
            amountExpected += c.expectedTotal();
            amountIssued += issued.stream().mapToLong(Long::longValue).sum();
        }
        return new Figures(cases.size(), kills, restarts, lost, duplicated, ledgerImbalance(), refundsExpected,
                refundsIssued, amountExpected, amountIssued, driverFailures, linesBooked, lineMismatches, findings);
    }

    private boolean looksFinal(ChaosCase c) throws InterruptedException {
        JsonNode view = caseView(c).json();
        long onTimeline = StreamSupport.stream(view.path("timeline").spliterator(), false)
                .filter(entry -> "RefundIssued".equals(entry.path("type").asText())).count();
        if (!c.expectedStatus.equals(view.path("status").asText()) || onTimeline < c.expectedRefunds.size()) {
            return false;
        }
        long issued = StreamSupport.stream(refunds(c).json().spliterator(), false)
                .filter(refund -> "ISSUED".equals(refund.path("status").asText())).count();
        return issued >= c.expectedRefunds.size() && (c.expectedOwedBack == 0
                || wallet(c).json().path("owedBack").path("minorUnits").asLong() >= c.expectedOwedBack);
    }

    Reply caseView(ChaosCase c) throws InterruptedException {
        return patient.get(ORDER_SERVICE, "/api/cases/" + c.caseId, "buyer", c.buyerId);
    }

    /** The buyer's USD wallet: its balance, entries and what is owed back. */
    Reply wallet(ChaosCase c) throws InterruptedException {
        return patient.get(REFUND_SERVICE, "/api/wallets/" + c.buyerId + "?currency=USD", "buyer", c.buyerId);
    }

    Reply refunds(ChaosCase c) throws InterruptedException {
        return patient.get(REFUND_SERVICE, "/api/refunds?caseId=" + c.caseId, "agent", "a-audit");
    }

    /** The sum over currencies of how far each is from zero in the trial balance. */
    long ledgerImbalance() throws InterruptedException {
        long imbalance = 0;
        for (JsonNode currency : patient.get(REFUND_SERVICE, "/api/refunds/ledger/trial-balance", "supervisor",
                "sup-audit").json()) {
            imbalance += Math.abs(currency.path("totalMinor").asLong());
        }
        return imbalance;
    }
}
