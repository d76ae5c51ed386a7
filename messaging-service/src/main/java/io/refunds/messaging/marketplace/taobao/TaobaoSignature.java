package io.refunds.messaging.marketplace.taobao;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Taobao open platform's signature: every parameter but {@code sign}, sorted by name, name and value
 * concatenated, HMAC-SHA256 with the app secret, hex upper-case; pushes are signed over their body the same way.
 */
public final class TaobaoSignature {

    private TaobaoSignature() {
    }

    public static String sign(Map<String, String> params, String secret) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign")) {
                text.append(name).append(value);
            }
        });
        return hmac(text.toString().getBytes(StandardCharsets.UTF_8), secret);
    }

    /** The signature of a pushed body. */
    public static String ofBody(byte[] body, String secret) {
        return hmac(body, secret);
    }

    /** Compares in constant time, so a forger learns nothing from how long a refusal took. */
    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(byte[] data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }
}
