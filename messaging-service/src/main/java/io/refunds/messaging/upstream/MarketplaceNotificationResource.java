package io.refunds.messaging.upstream;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code POST /api/marketplace/notifications}: the marketplace pushes refund changes here, signed with the agent's
 * app secret ({@code X-Marketplace-Signature}, HMAC-SHA256 of the body); no bearer token, the signature is the
 * credential.
 */
@Path("/api/marketplace/notifications")
public class MarketplaceNotificationResource {

    private final UpstreamPushes pushes;

    public MarketplaceNotificationResource(UpstreamPushes pushes) {
        this.pushes = pushes;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Boolean>> receive(@HeaderParam("X-Marketplace-Signature") String signature, byte[] body) {
        return pushes.received(body, signature).map(known -> Map.of("known", known));
    }
}
