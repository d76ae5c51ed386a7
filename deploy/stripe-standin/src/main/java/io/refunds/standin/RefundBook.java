package io.refunds.standin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stand-in's state: refunds by id and PaymentIntent, requests counted per PaymentIntent, and the answer saved
 * for each idempotency key. As at Stripe, a key replays its first answer (success or decline) for the same
 * parameters and is refused for others; a 500 that happened before any work is not saved.
 */
final class RefundBook {

    /** An answer, and whether to deliver it too late for the client. */
    record Outcome(StandInAnswer answer, boolean slow) {
    }

    private record Saved(Map<String, String> parameters, StandInAnswer answer) {
    }

    private final Map<String, Map<String, Object>> refunds = new LinkedHashMap<>();
    private final Map<String, Integer> requests = new HashMap<>();
    private final Map<String, Saved> saved = new HashMap<>();

    synchronized Outcome create(Map<String, String> form, String idempotencyKey) {
        String paymentIntent = form.get("payment_intent");
        if (paymentIntent == null || paymentIntent.isBlank()) {
            return new Outcome(StandInAnswer.error(400, "invalid_request_error", "parameter_missing",
                    "One of the following params should be provided for this request: payment_intent or charge."),
                    false);
        }
        int request = requests.merge(paymentIntent, 1, Integer::sum);
        Behaviour behaviour = Behaviour.of(paymentIntent);
        boolean slow = request <= behaviour.timeouts();
        Saved earlier = idempotencyKey == null ? null : saved.get(idempotencyKey);
        if (earlier != null) {
            return earlier.parameters().equals(form)
                    ? new Outcome(earlier.answer().asReplay(), slow)
                    : new Outcome(StandInAnswer.error(400, "idempotency_error", "idempotency_key_in_use",
                            "Keys for idempotent requests can only be used with the same parameters they were "
                                    + "first used with."), false);
        }
        if (request <= behaviour.errors()) {
            return new Outcome(StandInAnswer.error(500, "api_error", "api_error",
                    "An unknown error occurred (stand-in, request " + request + ")"), false);
        }
        StandInAnswer answer = answerFor(form, paymentIntent, behaviour);
        if (idempotencyKey != null) {
            saved.put(idempotencyKey, new Saved(Map.copyOf(form), answer));
        }
        return new Outcome(answer, slow);
    }

    private StandInAnswer answerFor(Map<String, String> form, String paymentIntent, Behaviour behaviour) {
        long amount;
        try {
            amount = Long.parseLong(form.getOrDefault("amount", ""));
        } catch (NumberFormatException notANumber) {
            amount = 0;
        }
        if (amount <= 0) {
            return StandInAnswer.error(400, "invalid_request_error", "parameter_invalid_integer",
                    "Invalid positive integer: amount");
        }
        if (behaviour.decline()) {
            return new StandInAnswer(402, Map.of("error", Map.of("type", "card_error",
                    "code", "expired_or_canceled_card",
                    "message", "The card behind this payment was cancelled; the refund cannot reach it.")), false);
        }
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("id", "re_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("currency", form.getOrDefault("currency", "usd"));
        refund.put("payment_intent", paymentIntent);
        refund.put("status", behaviour.pending() ? "pending" : "succeeded");
        refund.put("created", Instant.now().getEpochSecond());
        Map<String, String> metadata = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        refund.put("metadata", metadata);
        refunds.put((String) refund.get("id"), refund);
        return StandInAnswer.ok(Map.copyOf(refund));
    }

    /** A pending refund settles when it is looked at, as if the bank had answered meanwhile. */
    synchronized StandInAnswer retrieve(String refundId) {
        Map<String, Object> refund = refunds.get(refundId);
        if (refund == null) {
            return StandInAnswer.error(404, "invalid_request_error", "resource_missing",
                    "No such refund: '" + refundId + "'");
        }
        StandInAnswer answer = StandInAnswer.ok(Map.copyOf(refund));
        refund.put("status", "succeeded");
        return answer;
    }

    synchronized StandInAnswer list(String paymentIntent) {
        return StandInAnswer.ok(Map.of("object", "list", "has_more", false, "data", refundsOf(paymentIntent)));
    }

    synchronized List<Map<String, Object>> refundsOf(String paymentIntent) {
        List<Map<String, Object>> found = new ArrayList<>();
        refunds.values().stream()
                .filter(refund -> paymentIntent == null || paymentIntent.equals(refund.get("payment_intent")))
                .forEach(refund -> found.add(Map.copyOf(refund)));
        return found;
    }

    synchronized int requestsFor(String paymentIntent) {
        return requests.getOrDefault(paymentIntent, 0);
    }
}
