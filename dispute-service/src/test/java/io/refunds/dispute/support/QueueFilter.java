package io.refunds.dispute.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The queue's query parameters ({@code status}, {@code assignee}, {@code caseId}); unset ones are left out. */
public record QueueFilter(String status, String assignee, UUID caseId) {

    public static QueueFilter all() {
        return new QueueFilter(null, null, null);
    }

    public static QueueFilter ofCase(UUID caseId) {
        return new QueueFilter(null, null, caseId);
    }

    public static QueueFilter withStatus(String status) {
        return new QueueFilter(status, null, null);
    }

    public QueueFilter status(String status) {
        return new QueueFilter(status, assignee, caseId);
    }

    public QueueFilter assignee(String assignee) {
        return new QueueFilter(status, assignee, caseId);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (status != null) {
            parameters.put("status", status);
        }
        if (assignee != null) {
            parameters.put("assignee", assignee);
        }
        if (caseId != null) {
            parameters.put("caseId", caseId);
        }
        return parameters;
    }
}
