package io.refunds.order.evidence;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code /api/evidence}: parties upload photos and videos; those who may see a case read them back. */
@Path("/api/evidence")
public class EvidenceResource {

    private final EvidenceService service;
    private final Caller caller;

    public EvidenceResource(EvidenceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR})
    public Uni<Response> upload(@RestForm("file") FileUpload file) {
        if (file == null) {
            return Uni.createFrom().failure(missingFile());
        }
        return service.upload(file.uploadedFile(), caller.id()).map(EvidenceResource::created);
    }

    @GET
    @Path("/{evidenceId}")
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<Response> download(@PathParam("evidenceId") UUID evidenceId) {
        return service.open(evidenceId, caller).map(found -> Response.ok(found.file().toFile(), found.view().contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .header("Content-Disposition", "inline; filename=\"" + evidenceId + "\"")
                .header("Digest", "sha-256=" + found.view().sha256())
                .build());
    }

    /** 201 with the stored upload, located at {@code /api/evidence/{id}}. */
    static Response created(EvidenceView view) {
        return Response.created(URI.create("/api/evidence/" + view.evidenceId())).entity(view).build();
    }

    static ApiException missingFile() {
        return ApiException.invalid("file", "is required (multipart part named file)");
    }
}
