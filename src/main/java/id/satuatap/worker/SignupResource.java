package id.satuatap.worker;

import id.satuatap.security.ClientAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
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
            description = "The phone number becomes the login name. The password needs 10+ characters with letters "
                    + "and digits and must not contain the phone number. The answer is the same whether or not the "
                    + "phone already had an account. The new account speaks for no worker record: the LTSA desk "
                    + "links it after seeing the person's identity documents, in person or with the one-time claim "
                    + "code printed on the registration receipt (POST /api/v1/me/claim). Sign-ups are limited per "
                    + "client address.")
    @APIResponse(responseCode = "202", description = "Accepted; sign in with the phone number and password",
            content = @Content(schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid phone or password")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this address; see Retry-After")
    public Response signUp(@Valid @NotNull SignupRequest request, @Context RoutingContext context) {
        return Response.accepted(signup.signUp(request, ClientAddress.of(context))).build();
    }
}
