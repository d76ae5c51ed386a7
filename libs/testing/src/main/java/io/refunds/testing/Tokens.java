package io.refunds.testing;

/** Authorization header values for the test JVM's dev key. */
public final class Tokens {

    private Tokens() {
    }

    public static String bearer(String role, String userId) {
        return "Bearer " + DevTokens.forThisJvm().token(role, userId);
    }
}
