package io.refunds.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A POST without a body (an acceptance, an escalation) is taken as an empty JSON request whatever content
 * type a client library put on it, so its optional body parameter is simply absent instead of a 415.
 */
public class EmptyBodyAsJson {

    @ServerRequestFilter(preMatching = true)
    public void treatEmptyBodyAsJson(ContainerRequestContext request) {
        boolean noBody = request.getLength() <= 0 && request.getHeaderString("Transfer-Encoding") == null;
        if ("POST".equals(request.getMethod()) && noBody) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
