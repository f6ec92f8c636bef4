package id.satuatap.worker;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/claim")
@Tag(name = "Mobile app")
@RolesAllowed(Role.WORKER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    /** The code from the registration receipt, as typed (case, spaces and dashes do not matter). */
    public record ClaimRequest(@NotBlank @Size(max = 32) String code) {
    }

    public record ClaimView(String workerId) {
    }

    @Inject ClaimCodes claimCodes;
    @Inject CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the signed-in worker account with the claim code from the registration receipt",
            description = "Each code works once and expires. Every invalid, used or expired code gets the same "
                    + "answer; failed attempts are counted like failed sign-ins.")
    @APIResponse(responseCode = "200", description = "Linked: the account now speaks for this worker",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, used or expired code")
    @APIResponse(responseCode = "401", description = "No or invalid credentials")
    @APIResponse(responseCode = "403", description = "Not a worker account")
    @APIResponse(responseCode = "409", description = "This account already speaks for a worker")
    @APIResponse(responseCode = "429", description = "Too many wrong codes; see Retry-After")
    public ClaimView claim(@Valid @NotNull ClaimRequest request) {
        return new ClaimView(claimCodes.redeem(user.username(), request.code()));
    }
}
