package id.satuatap.worker;

import id.satuatap.problem.ApiException;
import id.satuatap.security.Accounts;
import id.satuatap.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The desk side of a worker's phone account: claim codes, linking in person, unlinking. */
@Path("/api/v1/workers/{id}")
@Tag(name = "Workers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not LTSA staff")
@APIResponse(responseCode = "404", description = "No such worker")
public class WorkerAccountResource {

    /** The worker's phone account, as the person shows it at the desk. */
    public record LinkRequest(@NotBlank @Size(max = 64) String username) {
    }

    public record LinkView(String workerId, String username) {
    }

    @Inject Accounts accounts;
    @Inject ClaimCodes claimCodes;
    @Inject CurrentUser user;

    @POST
    @Path("/claim-codes")
    @Operation(summary = "Issue a new one-time claim code for a worker",
            description = "For a worker who registered at the desk and lost the receipt. Replaces earlier codes.")
    @APIResponse(responseCode = "201", description = "The code, shown only now",
            content = @Content(schema = @Schema(implementation = ClaimCodeView.class)))
    @APIResponse(responseCode = "409", description = "The worker already has an account; unlink it first")
    public Response issueClaimCode(@PathParam("id") String id) {
        requireWorker(id);
        return Response.status(201).entity(claimCodes.issue(id, user.username())).build();
    }

    @PUT
    @Path("/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a worker's phone account in person",
            description = "The desk has seen the person's identity documents and their signed-in phone.")
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "400", description = "Missing username")
    @APIResponse(responseCode = "409", description = "The account or the worker is linked elsewhere; unlink first")
    @APIResponse(responseCode = "422", description = "Not a worker account")
    public LinkView link(@PathParam("id") String id, @Valid @NotNull LinkRequest request) {
        requireWorker(id);
        accounts.link(request.username(), id, user.username(), "in person");
        return new LinkView(id, request.username());
    }

    @DELETE
    @Path("/account")
    @Operation(summary = "Unlink the worker's phone account, e.g. one linked to the wrong person",
            description = "Also ends every session of that account.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public Response unlink(@PathParam("id") String id) {
        requireWorker(id);
        if (!accounts.unlink(id, user.username())) {
            throw ApiException.notFound("Worker " + id + " has no account");
        }
        return Response.noContent().build();
    }

    private void requireWorker(String id) {
        if (!accounts.mayLink(user)) {
            throw ApiException.forbidden("Only LTSA staff link worker accounts");
        }
        if (Worker.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("No worker " + id);
        }
    }
}
