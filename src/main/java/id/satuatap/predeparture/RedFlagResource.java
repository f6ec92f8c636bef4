package id.satuatap.predeparture;

import id.satuatap.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/red-flags")
@Tag(name = "Pre-departure applications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class RedFlagResource {

    @Inject RedFlags redFlags;
    @Inject CurrentUser user;

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a red flag (coordinator)",
            description = "CONFIRMED keeps the application stopped; UNFOUNDED resumes an application a desk's red flag "
                    + "paused, at the step where it stopped. A flag raised by the automatic checks has its resolution "
                    + "recorded; its application had already ended.")
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(schema = @Schema(implementation = RedFlagResolved.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid outcome or reason")
    @APIResponse(responseCode = "403", description = "Only the coordinator resolves red flags")
    @APIResponse(responseCode = "404", description = "No such red flag")
    @APIResponse(responseCode = "409", description = "Already resolved")
    public RedFlagResolved resolve(@PathParam("id") String id, @Valid @NotNull RedFlagResolution resolution) {
        RedFlag flag = redFlags.resolve(id, resolution.outcome(), resolution.reason().trim(), user);
        return RedFlagResolved.of(flag, Application.findById(flag.applicationId));
    }
}
