package io.refunds.order.evidence;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code /api/orders/{id}/items/{itemId}/qc-photos}: the warehouse's photos at stock-in, before shipping. */
@Path("/api/orders/{orderId}/items/{itemId}/qc-photos")
public class QcPhotoResource {

    private final EvidenceService service;
    private final Caller caller;

    public QcPhotoResource(EvidenceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PLATFORM)
    public Uni<Response> upload(@PathParam("orderId") String orderId, @PathParam("itemId") String itemId,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            return Uni.createFrom().failure(EvidenceResource.missingFile());
        }
        return service.addQcPhoto(orderId, itemId, file.uploadedFile(), caller.id()).map(EvidenceResource::created);
    }
}
