package id.satuatap.security;

import id.satuatap.problem.ApiException;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "Tokens for phones: the password once, then a Bearer access token")
@SecurityScheme(securitySchemeName = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /api/v1/sessions, accepted wherever HTTP Basic is")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** A password sign-in; {@code device} is a label for the list of sessions, e.g. "Samsung A14". */
    public record SignInRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
                                @Size(max = 100) String device) {
    }

    public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @Inject SignIn signIn;
    @Inject Sessions sessions;
    @Inject CurrentUser user;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Sign in once and get tokens for a phone",
            description = "Exchanges the password for a short-lived access token (send it as Authorization: Bearer) "
                    + "and a refresh token. Failed attempts are counted per account and per client address; "
                    + "too many give 429 with Retry-After.")
    @APIResponse(responseCode = "201", description = "Signed in",
            content = @Content(schema = @Schema(implementation = Sessions.TokenPair.class)))
    @APIResponse(responseCode = "400", description = "Missing field")
    @APIResponse(responseCode = "401", description = "Wrong name or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public Response signIn(@Valid @NotNull SignInRequest request, @Context RoutingContext context) {
        Account account = signIn.verify(request.username(), request.password(), ClientAddress.of(context));
        return Response.status(201).entity(sessions.open(account, request.device())).build();
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Swap a refresh token for a new pair",
            description = "Each refresh token works once. Presenting one that was already swapped ends the session "
                    + "on every device that holds it.")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(schema = @Schema(implementation = Sessions.TokenPair.class)))
    @APIResponse(responseCode = "400", description = "Missing field")
    @APIResponse(responseCode = "401", description = "Unknown, used, expired or revoked refresh token")
    public Sessions.TokenPair refresh(@Valid @NotNull RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in account's open sessions (its devices)")
    @APIResponse(responseCode = "200", description = "Open sessions, oldest first")
    @APIResponse(responseCode = "401", description = "No or invalid credentials")
    public List<Sessions.SessionView> list() {
        return sessions.list(user.username());
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "End one of the signed-in account's sessions, e.g. of a lost phone")
    @APIResponse(responseCode = "204", description = "Ended; its refresh and access tokens no longer work")
    @APIResponse(responseCode = "401", description = "No or invalid credentials")
    @APIResponse(responseCode = "404", description = "No open session with this id for this account")
    public Response revoke(@PathParam("id") String id) {
        if (!sessions.revoke(user.username(), id, user.username())) {
            throw ApiException.notFound("No open session " + id);
        }
        return Response.noContent().build();
    }
}
