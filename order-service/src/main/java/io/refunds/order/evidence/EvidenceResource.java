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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code /api/evidence}: parties upload photos and videos; those who may see a case read them back. */
@Path("/api/evidence")
public class EvidenceResource {

    private final BlobStore blobs;
    private final EvidenceService service;
    private final Caller caller;

    public EvidenceResource(BlobStore blobs, EvidenceService service, Caller caller) {
        this.blobs = blobs;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR})
    public Uni<Response> upload(@RestForm("file") FileUpload file) {
        if (file == null) {
            return Uni.createFrom().failure(ApiException.invalid("file", "is required (multipart part named file)"));
        }
        String uploader = caller.id();
        return Offload.blocking(() -> blobs.ingest(file.uploadedFile(), List.of(MediaKind.PHOTO, MediaKind.VIDEO)))
                .chain(blob -> service.recordCaseEvidence(blob, uploader))
                .map(view -> Response.created(URI.create("/api/evidence/" + view.evidenceId())).entity(view).build());
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
}
