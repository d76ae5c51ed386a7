package io.refunds.events;

import java.util.List;

/**
 * What a refund is made of, line by line: the item's cost lines with what is refunded of each and its bearer, the
 * amounts the agent keeps, and the total the buyer receives (the refunded lines less the deductions). Carried by
 * IssueReported (the quote the buyer confirmed), DecisionMade and SettlementAgreed; added within v1, so absent on
 * events of producers that predate it and on items without cost lines.
 */
public record RefundBreakdown(List<RefundLine> lines, List<RefundDeduction> deductions, Money total) {

    public RefundBreakdown {
        lines = lines == null ? List.of() : List.copyOf(lines);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    /** The sum of what is refunded on the lines, before deductions. */
    public long refundedMinor() {
        return lines.stream().mapToLong(line -> line.refund() == null ? 0 : line.refund().minorUnits()).sum();
    }

    /** The sum of the deductions. */
    public long deductedMinor() {
        return deductions.stream().mapToLong(deduction -> deduction.amount().minorUnits()).sum();
    }
}
