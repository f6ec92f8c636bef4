package id.satuatap.family;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.worker.FamilyLinks;
import id.satuatap.worker.FamilyLinks.LinkView;
import id.satuatap.worker.FamilyRelation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A worker's family links, kept by the worker (consent) or by a desk. */
@Path("/api/v1/workers/{workerId}/family-links")
@Tag(name = "Families")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.WORKER_ROLE})
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "A role that does not link families")
@APIResponse(responseCode = "404", description = "No such worker, or not the caller's own record")
public class FamilyLinkResource {

    @Inject FamilyLinks links;
    @Inject CurrentUser user;

    /** The family member's mobile-app account ({@code username}) and how they are related to the worker. */
    public record LinkRequest(@NotBlank @Size(max = 64) String username, @NotNull FamilyRelation relation) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a family member's account to the worker: by the worker themself (consent) or a desk")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "400", description = "Not a mobile-app account, or the worker's own")
    @APIResponse(responseCode = "409", description = "Already linked")
    public Response link(@PathParam("workerId") String workerId, @Valid @NotNull LinkRequest body) {
        LinkView view = links.link(user, workerId, body.username().trim(), body.relation());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Operation(summary = "The worker's family links")
    @APIResponse(responseCode = "200", description = "The links")
    public List<LinkView> list(@PathParam("workerId") String workerId) {
        return links.ofWorker(user, workerId);
    }

    @DELETE
    @Path("/{linkId}")
    @Operation(summary = "Withdraw a family link (the worker or a desk)")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlink(@PathParam("workerId") String workerId, @PathParam("linkId") String linkId) {
        links.unlink(user, workerId, linkId);
    }
}
