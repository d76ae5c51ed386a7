package io.refunds.platform.api;

import io.refunds.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body is JSON or a multipart upload, nothing else: without this, a text/plain body reaches a request
 * record with one String field through its constructor (a follow-up of {@code {"body":…}} verbatim).
 */
public class JsonOrUpload {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOtherBodies(ContainerRequestContext request) {
        boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (!hasBody || !WITH_BODY.contains(request.getMethod())) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"));
        boolean upload = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (json || upload) {
            return Optional.empty();
        }
        return Optional.of(Response.status(415).type(Problem.MEDIA_TYPE).entity(Problem.of(415,
                "Unsupported Media Type", "the body must be application/json (or multipart/form-data for an upload), not "
                        + (type == null ? "untyped" : type.toString()))).build());
    }
}
