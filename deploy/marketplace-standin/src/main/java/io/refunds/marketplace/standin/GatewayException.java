package io.refunds.marketplace.standin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A refusal of the gateway, answered as Taobao's {@code error_response} (codes 25, 15 and 7). */
final class GatewayException extends RuntimeException {

    private static final String REMOTE_SERVICE_ERROR = "Remote service error";

    private final int code;
    private final String msg;
    private final String subCode;
    private final Long currentVersion;

    private GatewayException(int code, String msg, String subCode, String subMsg, Long currentVersion) {
        super(subMsg, null, false, false);
        this.code = code;
        this.msg = msg;
        this.subCode = subCode;
        this.currentVersion = currentVersion;
    }

    static GatewayException invalidSignature() {
        return new GatewayException(25, "Invalid signature", "isv.invalid-signature",
                "the app_key is unknown or the sign does not match the parameters", null);
    }

    static GatewayException invalidParameter(String parameter, String problem) {
        return new GatewayException(15, REMOTE_SERVICE_ERROR, "isv.invalid-parameter", parameter + ": " + problem,
                null);
    }

    static GatewayException missing(String parameter) {
        return invalidParameter(parameter, "missing required argument");
    }

    static GatewayException refundNotExist(String refundId) {
        return new GatewayException(15, REMOTE_SERVICE_ERROR, "isv.refund-not-exist",
                "no refund " + refundId, null);
    }

    static GatewayException refundAlreadyExists(String oid, String refundId) {
        return new GatewayException(15, REMOTE_SERVICE_ERROR, "isv.refund-already-exists",
                "sub-order " + oid + " already has refund " + refundId + " in progress", null);
    }

    static GatewayException versionConflict(long currentVersion) {
        return new GatewayException(15, REMOTE_SERVICE_ERROR, "isv.refund-version-conflict",
                "the refund has changed; its current refund_version is " + currentVersion, currentVersion);
    }

    static GatewayException statusInvalid(String problem) {
        return new GatewayException(15, REMOTE_SERVICE_ERROR, "isv.refund-status-invalid", problem, null);
    }

    static GatewayException serviceUnavailable(int request) {
        return new GatewayException(7, "Service unavailable", "isp.service-unavailable",
                "the refund service is unavailable (stand-in, request " + request + "); nothing was changed", null);
    }

    String subCode() {
        return subCode;
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("msg", msg);
        error.put("sub_code", subCode);
        error.put("sub_msg", getMessage());
        if (currentVersion != null) {
            error.put("current_version", currentVersion);
        }
        error.put("request_id", UUID.randomUUID().toString().replace("-", "").substring(0, 13));
        return Map.of("error_response", error);
    }
}
