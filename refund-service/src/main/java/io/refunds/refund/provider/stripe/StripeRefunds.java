package io.refunds.refund.provider.stripe;

import io.refunds.refund.provider.PaymentProvider;
import io.refunds.refund.provider.ProviderRefundRequest;
import io.refunds.refund.provider.ProviderReply;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The payment-provider adapter for Stripe's Refunds API: {@code POST /v1/refunds} with an {@code Idempotency-Key},
 * {@code GET /v1/refunds/{id}} and {@code GET /v1/refunds?payment_intent=}. Stripe's refund statuses and error
 * classes map to {@link ProviderReply.Kind}: 4xx refusals are declines, timeouts, 409, 429 and 5xx are unknown.
 */
@ApplicationScoped
public class StripeRefunds implements PaymentProvider {

    private static final String REFUNDS = "/v1/refunds";

    private final WebClient client;
    private final StripeConfig config;

    public StripeRefunds(Vertx vertx, StripeConfig config) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("refunds-platform"));
        this.config = config;
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Uni<ProviderReply> refund(ProviderRefundRequest request) {
        if (config.apiKey().isEmpty()) {
            return Uni.createFrom().item(ProviderReply.declined("Stripe is not configured (STRIPE_API_KEY)"));
        }
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add(request.paymentReference().startsWith("ch_") ? "charge" : "payment_intent",
                        request.paymentReference())
                .add("amount", Long.toString(request.amount().minorUnits()))
                .add("reason", "requested_by_customer")
                .add("metadata[refund_id]", request.refundId().toString())
                .add("metadata[case_id]", request.caseId().toString());
        return send(authorised(client.postAbs(config.url() + REFUNDS))
                .putHeader("Idempotency-Key", request.idempotencyKey())
                .sendForm(form));
    }

    @Override
    public Uni<ProviderReply> status(String providerRefundId) {
        if (config.apiKey().isEmpty()) {
            return Uni.createFrom().item(ProviderReply.unknown("Stripe is not configured (STRIPE_API_KEY)"));
        }
        return send(authorised(client.getAbs(config.url() + REFUNDS + "/" + providerRefundId)).send());
    }

    @Override
    public Uni<ProviderReply> find(String paymentReference, UUID refundId) {
        if (config.apiKey().isEmpty()) {
            return Uni.createFrom().item(new ProviderReply(ProviderReply.Kind.NOT_FOUND, null, "Stripe not configured"));
        }
        return authorised(client.getAbs(config.url() + REFUNDS))
                .addQueryParam(paymentReference.startsWith("ch_") ? "charge" : "payment_intent", paymentReference)
                .addQueryParam("limit", "100")
                .send()
                .map(response -> response.statusCode() == 200
                        ? ours(response.bodyAsJsonObject().getJsonArray("data", new JsonArray()), refundId)
                        : interpret(response))
                .onFailure().recoverWithItem(failure -> ProviderReply.unknown(describe(failure)));
    }

    private HttpRequest<Buffer> authorised(HttpRequest<Buffer> request) {
        return request.bearerTokenAuthentication(config.apiKey().orElse(""))
                .timeout(config.timeout().toMillis());
    }

    private static Uni<ProviderReply> send(Uni<HttpResponse<Buffer>> response) {
        return response.map(StripeRefunds::interpret)
                .onFailure().recoverWithItem(failure -> ProviderReply.unknown(describe(failure)));
    }

    private static ProviderReply ours(JsonArray refunds, UUID refundId) {
        for (Object element : refunds) {
            JsonObject refund = (JsonObject) element;
            JsonObject metadata = refund.getJsonObject("metadata", new JsonObject());
            if (refundId.toString().equals(metadata.getString("refund_id"))) {
                return ofRefund(refund);
            }
        }
        return new ProviderReply(ProviderReply.Kind.NOT_FOUND, null, "Stripe holds no refund " + refundId);
    }

    static ProviderReply interpret(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status == 200) {
            return ofRefund(response.bodyAsJsonObject());
        }
        String detail = "Stripe answered " + status + errorOf(response);
        if (status == 409 || status == 429 || status >= 500) {
            return ProviderReply.unknown(detail);
        }
        return status >= 400 ? ProviderReply.declined(detail) : ProviderReply.unknown(detail);
    }

    private static ProviderReply ofRefund(JsonObject refund) {
        String id = refund.getString("id");
        String status = refund.getString("status", "");
        return switch (status) {
            case "succeeded" -> new ProviderReply(ProviderReply.Kind.SUCCEEDED, id, "Stripe refund " + id + " succeeded");
            case "pending", "requires_action" -> new ProviderReply(ProviderReply.Kind.PENDING, id,
                    "Stripe refund " + id + " is " + status);
            case "failed", "canceled" -> new ProviderReply(ProviderReply.Kind.DECLINED, id,
                    "Stripe refund " + id + " " + status + ": " + refund.getString("failure_reason", "no reason given"));
            default -> new ProviderReply(ProviderReply.Kind.UNKNOWN, id, "Stripe refund " + id + " has status '"
                    + status + "'");
        };
    }

    private static String errorOf(HttpResponse<Buffer> response) {
        try {
            JsonObject error = response.bodyAsJsonObject().getJsonObject("error");
            return error == null ? "" : " (" + error.getString("type") + "/" + error.getString("code") + "): "
                    + error.getString("message");
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String describe(Throwable failure) {
        return "no answer from Stripe: " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " " + failure.getMessage());
    }
}
