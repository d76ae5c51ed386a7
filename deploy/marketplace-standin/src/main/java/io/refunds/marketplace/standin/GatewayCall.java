package io.refunds.marketplace.standin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** A call to {@code /router/rest} whose app_key, sign and other common parameters have been checked. */
record GatewayCall(String method, Map<String, String> params) {

    /** Checks the app_key and sign first (code 25), then the method, timestamp, v, format and sign_method. */
    static GatewayCall checked(Map<String, String> params, MarketplaceStandIn.Options options) {
        String sign = params.get("sign");
        if (!options.appKey().equals(params.get("app_key")) || sign == null
                || !MessageDigest.isEqual(sign.getBytes(StandardCharsets.UTF_8),
                        MarketplaceSignature.sign(params, options.appSecret()).getBytes(StandardCharsets.UTF_8))) {
            throw GatewayException.invalidSignature();
        }
        String method = params.get("method");
        if (method == null || !RefundBook.METHODS.contains(method)) {
            throw GatewayException.invalidParameter("method", "unknown method '" + method + "'");
        }
        String timestamp = params.get("timestamp");
        if (timestamp == null || !VirtualClock.isTimestamp(timestamp)) {
            throw GatewayException.invalidParameter("timestamp",
                    "must be yyyy-MM-dd HH:mm:ss (Asia/Shanghai), not '" + timestamp + "'");
        }
        expect(params, "v", "2.0");
        expect(params, "format", "json");
        expect(params, "sign_method", "hmac-sha256");
        return new GatewayCall(method, Map.copyOf(params));
    }

    private static void expect(Map<String, String> params, String name, String value) {
        if (!value.equals(params.get(name))) {
            throw GatewayException.invalidParameter(name, "must be " + value + ", not '" + params.get(name) + "'");
        }
    }
}
