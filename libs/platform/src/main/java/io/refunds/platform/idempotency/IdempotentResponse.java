package io.refunds.platform.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A stored answer to a keyed request: replayed as it was for the same key and body. */
public record IdempotentResponse(int status, String location, String body) {

    public static IdempotentResponse created(String location, String body) {
        return new IdempotentResponse(201, location, body);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        return location == null ? response.build() : response.location(URI.create(location)).build();
    }
}
