package io.refunds.order.evidence;

import io.refunds.order.cases.CachedCaseViews;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code /api/orders/{id}/items/{itemId}/qc-photos}: the warehouse's photos at stock-in, before shipping. */
@Path("/api/orders/{orderId}/items/{itemId}/qc-photos")
public class QcPhotoResource {

    private final BlobStore blobs;
    private final EvidenceService service;
    private final CachedCaseViews views;
    private final Caller caller;

    public QcPhotoResource(BlobStore blobs, EvidenceService service, CachedCaseViews views, Caller caller) {
        this.blobs = blobs;
        this.service = service;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PLATFORM)
    public Uni<Response> upload(@PathParam("orderId") String orderId, @PathParam("itemId") String itemId,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            return Uni.createFrom().failure(ApiException.invalid("file", "is required (multipart part named file)"));
        }
        String uploader = caller.id();
        return service.requireItem(orderId, itemId)
                .chain(() -> Offload.blocking(() -> blobs.ingest(file.uploadedFile(), List.of(MediaKind.PHOTO))))
                .chain(blob -> service.recordQcPhoto(blob, uploader, orderId, itemId))
                .invoke(() -> views.evictItem(orderId, itemId))
                .map(view -> Response.created(URI.create("/api/evidence/" + view.evidenceId())).entity(view).build());
    }
}
