package io.refunds.platform.security;

/** The groups a bearer token may carry. */
public final class Roles {

    public static final String BUYER = "buyer";
    public static final String SELLER = "seller";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String PLATFORM = "platform";

    private Roles() {
    }
}
