package id.satuatap.security;

import id.satuatap.problem.ApiException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@Tag(name = "Sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class AccountResource {

    @Inject Accounts accounts;
    @Inject CurrentUser user;

    @DELETE
    @Path("/{username}/sessions")
    @Operation(summary = "End every session of an account (a desk, for a worker whose phone was lost or taken)",
            description = "LTSA staff end the sessions of worker accounts; an admin those of any account.")
    @APIResponse(responseCode = "204", description = "All sessions ended")
    @APIResponse(responseCode = "404", description = "No such account for this caller")
    public Response revokeAll(@PathParam("username") String username) {
        Account account = Account.findByUsername(username).filter(a -> accounts.mayManage(user, a))
                .orElseThrow(() -> ApiException.notFound("No such account"));
        accounts.endSessions(account, user.username());
        return Response.noContent().build();
    }
}
