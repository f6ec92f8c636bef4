package id.satuatap.worker;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/signup")
@Tag(name = "Workers")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

    @Inject WorkerSignup signup;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Create a worker account from the mobile app",
            description = "The phone number becomes the login name (HTTP Basic). The NIK is checked as in the registry. "
                    + "The password needs 10+ characters with letters and digits, and must not contain the phone "
                    + "number or the date of birth. A worker a desk registered earlier is linked only if the phone "
                    + "matches; then register the profile with POST /api/v1/workers using the same NIK.")
    @APIResponse(responseCode = "201", description = "Account created",
            content = @Content(schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid phone, NIK or password")
    @APIResponse(responseCode = "409", description = "An account exists for this phone or NIK")
    public Response signUp(@Valid @NotNull SignupRequest request) {
        return Response.status(201).entity(signup.signUp(request)).build();
    }
}
