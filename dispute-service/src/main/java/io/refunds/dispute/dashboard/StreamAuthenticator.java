package io.refunds.dispute.dashboard;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Roles;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks the stream's bearer token. Browsers' EventSource cannot send an Authorization header, so the stream
 * (and only the stream) also takes the token as {@code ?access_token=}; it is verified exactly like a header
 * token (signature, issuer, expiry) and must carry the agent or supervisor group.
 */
@ApplicationScoped
public class StreamAuthenticator {

    private static final String BEARER = "Bearer ";
    /** A token without expiry still gets a stream that ends (the client resumes where it was). */
    private static final Duration UNBOUNDED = Duration.ofHours(12);

    private final JWTParser parser;

    public StreamAuthenticator(JWTParser parser) {
        this.parser = parser;
    }

    /** Who may read the stream, and until when; 401 without a valid token, 403 for other roles. */
    public Reader authenticate(String authorization, String accessToken) {
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim()
                : accessToken;
        if (token == null || token.isBlank()) {
            throw unauthorized();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            throw unauthorized();
        }
        if (!jwt.getGroups().contains(Roles.AGENT) && !jwt.getGroups().contains(Roles.SUPERVISOR)) {
            throw ApiException.forbidden("only agents and supervisors read the dashboard stream");
        }
        long expiry = jwt.getExpirationTime();
        return new Reader(jwt.getSubject(), expiry > 0 ? Instant.ofEpochSecond(expiry) : Instant.now().plus(UNBOUNDED));
    }

    private static ApiException unauthorized() {
        return new ApiException(401, "Unauthorized",
                "a valid bearer token is required (Authorization header or access_token parameter)", List.of());
    }

    /** An authenticated reader and the moment the token expires. */
    public record Reader(String userId, Instant expiresAt) {
    }
}
