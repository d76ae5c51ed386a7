package io.refunds.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject ({@code sub}, the user id) and groups. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The user id: the token's {@code sub}, whatever name claims the identity provider adds. */
    public String id() {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Agents and supervisors see every case. */
    public boolean isStaff() {
        return is(Roles.AGENT) || is(Roles.SUPERVISOR);
    }
}
