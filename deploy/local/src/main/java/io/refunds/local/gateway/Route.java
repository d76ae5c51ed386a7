package io.refunds.local.gateway;

/**
 * One route of the gateway: requests whose path starts with {@code prefix}, element by element as a Gateway API
 * {@code PathPrefix} match does ({@code /api/cases} matches {@code /api/cases} and {@code /api/cases/…}, not
 * {@code /api/casesx}), go to {@code service}.
 */
public record Route(String prefix, String service) {

    public Route {
        if (!prefix.startsWith("/") || prefix.length() > 1 && prefix.endsWith("/")) {
            throw new IllegalArgumentException("a prefix starts with / and does not end with one: " + prefix);
        }
    }

    boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
