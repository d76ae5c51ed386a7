package io.refunds.platform.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A stored answer to a keyed request: replayed as it was for the same key and body. */
public record IdempotentResponse(int status, String body) {

    public Response toResponse() {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
