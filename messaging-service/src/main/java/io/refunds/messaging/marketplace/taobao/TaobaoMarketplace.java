package io.refunds.messaging.marketplace.taobao;

import io.refunds.events.Money;
import io.refunds.messaging.marketplace.FilingRequest;
import io.refunds.messaging.marketplace.Marketplace;
import io.refunds.messaging.marketplace.MarketplaceRefund;
import io.refunds.messaging.marketplace.MarketplaceReply;
import io.refunds.messaging.marketplace.PushedChange;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The marketplace adapter for a Taobao-shaped open platform: one signed gateway ({@code POST /router/rest},
 * {@code method=taobao.refund.apply} and the rest), answers as {@code <method>_response} or {@code error_response}.
 * A stale {@code refund_version} is a VERSION_CONFLICT with the current one; {@code isp.*} errors, timeouts and
 * HTTP failures are UNAVAILABLE; other {@code isv.*} refusals are REJECTED.
 */
@ApplicationScoped
public class TaobaoMarketplace implements Marketplace {

    static final ZoneId MARKETPLACE_ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WebClient client;
    private final TaobaoConfig config;

    public TaobaoMarketplace(Vertx vertx, TaobaoConfig config) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("refunds-platform"));
        this.config = config;
    }

    @Override
    public Uni<MarketplaceReply> file(FilingRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("tid", request.orderId());
        params.put("oid", request.itemId());
        params.put("out_refund_id", request.outRefundId());
        params.put("refund_fee", yuan(request.amount()));
        params.put("reason", request.reason());
        if (request.description() != null) {
            params.put("desc", request.description());
        }
        params.put("has_good_return", Boolean.toString(request.goodsReturned()));
        if (!request.evidenceUrls().isEmpty()) {
            params.put("proof_pics", String.join(",", request.evidenceUrls()));
        }
        if (!request.qcPhotoUrls().isEmpty()) {
            params.put("qc_pics", String.join(",", request.qcPhotoUrls()));
        }
        return call("taobao.refund.apply", params);
    }

    @Override
    public Uni<MarketplaceReply> query(String marketplaceRefundId) {
        return call("taobao.refund.get", Map.of("refund_id", marketplaceRefundId));
    }

    @Override
    public Uni<MarketplaceReply> find(String outRefundId) {
        return call("taobao.refunds.apply.get", Map.of("out_refund_id", outRefundId));
    }

    @Override
    public Uni<MarketplaceReply> modify(String marketplaceRefundId, long refundVersion, Money amount) {
        return call("taobao.refund.modify", Map.of("refund_id", marketplaceRefundId,
                "refund_version", Long.toString(refundVersion), "refund_fee", yuan(amount)));
    }

    @Override
    public Uni<MarketplaceReply> agreeToReturn(String marketplaceRefundId, long refundVersion, String senderAddress) {
        return call("taobao.refund.negotiatereturn.agree", Map.of("refund_id", marketplaceRefundId,
                "refund_version", Long.toString(refundVersion), "sender_address", senderAddress));
    }

    @Override
    public Uni<MarketplaceReply> shipReturn(String marketplaceRefundId, long refundVersion, String carrier,
            String tracking) {
        return call("taobao.refund.returngoods.ship", Map.of("refund_id", marketplaceRefundId,
                "refund_version", Long.toString(refundVersion), "company_name", carrier, "sid", tracking));
    }

    @Override
    public Uni<MarketplaceReply> cancel(String marketplaceRefundId, long refundVersion) {
        return call("taobao.refund.cancel", Map.of("refund_id", marketplaceRefundId,
                "refund_version", Long.toString(refundVersion)));
    }

    @Override
    public Optional<PushedChange> verifiedPush(byte[] body, String signature) {
        if (config.appSecret().isEmpty()
                || !TaobaoSignature.matches(TaobaoSignature.ofBody(body, config.appSecret().get()), signature)) {
            return Optional.empty();
        }
        try {
            JsonObject content = new JsonObject(Buffer.buffer(body).toString()).getJsonObject("content");
            return Optional.of(new PushedChange(content.getString("refund_id"), content.getString("out_refund_id"),
                    content.getLong("refund_version"), content.getString("status")));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private Uni<MarketplaceReply> call(String method, Map<String, String> business) {
        if (config.appKey().isEmpty() || config.appSecret().isEmpty()) {
            return Uni.createFrom().item(MarketplaceReply.unavailable(
                    "the marketplace is not configured (MARKETPLACE_APP_KEY, MARKETPLACE_APP_SECRET)"));
        }
        Map<String, String> params = new LinkedHashMap<>(business);
        params.put("method", method);
        params.put("app_key", config.appKey().get());
        params.put("timestamp", TIME.format(LocalDateTime.now(MARKETPLACE_ZONE)));
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("sign_method", "hmac-sha256");
        params.put("sign", TaobaoSignature.sign(params, config.appSecret().get()));
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        params.forEach(form::add);
        return client.postAbs(config.url() + "/router/rest")
                .timeout(config.timeout().toMillis())
                .sendForm(form)
                .map(response -> interpret(method, response))
                .onFailure().recoverWithItem(failure -> MarketplaceReply.unavailable("no answer from the marketplace "
                        + "to " + method + ": " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : " " + failure.getMessage())));
    }

    static MarketplaceReply interpret(String method, HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            return MarketplaceReply.unavailable("the marketplace answered HTTP " + response.statusCode() + " to "
                    + method);
        }
        JsonObject body;
        try {
            body = response.bodyAsJsonObject();
        } catch (RuntimeException notJson) {
            return MarketplaceReply.unavailable("the marketplace's answer to " + method + " is not JSON");
        }
        return interpret(method, body);
    }

    static MarketplaceReply interpret(String method, JsonObject body) {
        JsonObject error = body == null ? null : body.getJsonObject("error_response");
        if (error != null) {
            return refusal(method, error);
        }
        JsonObject answer = body == null ? null
                : body.getJsonObject(method.substring("taobao.".length()).replace('.', '_') + "_response");
        if (answer == null) {
            return MarketplaceReply.unavailable("the marketplace's answer to " + method + " has no response");
        }
        try {
            if (answer.containsKey("refunds")) {
                JsonArray refunds = answer.getJsonObject("refunds", new JsonObject())
                        .getJsonArray("refund", new JsonArray());
                return refunds.isEmpty() ? MarketplaceReply.notFound("no refund filed under that key")
                        : MarketplaceReply.ok(refund(refunds.getJsonObject(refunds.size() - 1)));
            }
            return MarketplaceReply.ok(refund(answer.getJsonObject("refund")));
        } catch (RuntimeException unreadable) {
            return MarketplaceReply.unavailable("the marketplace's refund in its answer to " + method
                    + " is unreadable: " + unreadable.getMessage());
        }
    }

    private static MarketplaceReply refusal(String method, JsonObject error) {
        String subCode = error.getString("sub_code", "");
        String detail = "the marketplace refused " + method + ": " + error.getValue("code") + " " + subCode + " "
                + error.getString("sub_msg", error.getString("msg", ""));
        if (subCode.equals("isv.refund-version-conflict")) {
            Object current = error.getValue("current_version");
            return MarketplaceReply.conflict(current instanceof Number number ? number.longValue() : null, detail);
        }
        if (subCode.equals("isv.refund-not-exist")) {
            return MarketplaceReply.notFound(detail);
        }
        if (subCode.startsWith("isp.") || subCode.isEmpty()) {
            return MarketplaceReply.unavailable(detail);
        }
        return MarketplaceReply.rejected(detail);
    }

    static MarketplaceRefund refund(JsonObject refund) {
        String fee = refund.getString("refund_fee");
        String offer = refund.getString("seller_offer_fee");
        return new MarketplaceRefund(refund.getString("refund_id"), refund.getString("out_refund_id"),
                refund.getString("status"), refund.getLong("refund_version"), fee == null ? null : fen(fee),
                offer == null ? null : fen(offer), refund.getString("seller_message"), refund.getString("address"),
                refund.getString("refuse_reason"), refund.getString("refuse_proof"),
                refund.getBoolean("has_good_return", false), time(refund.getString("timeout")));
    }

    /** CNY in yuan with two decimals, as the marketplace writes money ("128.50"). */
    static String yuan(Money amount) {
        return BigDecimal.valueOf(amount.minorUnits(), 2).toPlainString();
    }

    static Money fen(String yuan) {
        return Money.of(new BigDecimal(yuan).movePointRight(2).longValueExact(), "CNY");
    }

    static Instant time(String marketplaceTime) {
        if (marketplaceTime == null || marketplaceTime.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(marketplaceTime, TIME).atZone(MARKETPLACE_ZONE).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
