package io.refunds.marketplace.standin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Taobao's signatures: a call's sorted name+value pairs, or a push's body, HMAC-SHA256'd to upper-case hex. */
public final class MarketplaceSignature {

    private static final String HMAC = "HmacSHA256";

    private MarketplaceSignature() {
    }

    /**
     * Signs a gateway call: every parameter except {@code sign}, sorted by name, name and value concatenated with
     * nothing between, HMAC-SHA256 keyed with the app secret, hex upper-case.
     */
    public static String sign(Map<String, String> params, String secret) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign")) {
                text.append(name).append(value);
            }
        });
        return signBody(text.toString().getBytes(StandardCharsets.UTF_8), secret);
    }

    /** Signs a push: HMAC-SHA256 of the body bytes keyed with the app secret, hex upper-case. */
    public static String signBody(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException noHmac) {
            throw new IllegalStateException("every JDK has " + HMAC, noHmac);
        }
    }
}
