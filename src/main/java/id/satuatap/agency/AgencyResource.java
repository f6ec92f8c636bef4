package id.satuatap.agency;

import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.ETags;
import id.satuatap.web.EnumParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;

@Path("/api/v1/agencies")
@Tag(name = "Placement agencies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class AgencyResource {

    @Inject Agencies agencies;
    @Inject CurrentUser user;

    @GET
    @Operation(summary = "The P3MI registry by licence number, optionally of one status")
    @APIResponse(responseCode = "200", description = "One page of agencies")
    @APIResponse(responseCode = "400", description = "Bad status, limit or cursor")
    public Page<AgencyView> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor) {
        return agencies.list(EnumParam.parse(AgencyStatus.class, status, "status"), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{licence}")
    @Operation(summary = "One agency with the counts of red flags, cases and tips naming it; its ETag is the version")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "No such licence in the registry")
    public Response get(@PathParam("licence") String licence) {
        AgencyView view = agencies.read(licence);
        return Response.ok(view).tag(etag(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an agency (BP3MI, Disnaker, admin)")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not BP3MI, Disnaker or an admin")
    @APIResponse(responseCode = "409", description = "The licence number is registered already")
    public Response create(@Valid @NotNull AgencyRequest body, @Context UriInfo uri) {
        requireMaintainer();
        AgencyView view = agencies.create(body, user.username());
        return Response.created(uri.getAbsolutePathBuilder().path(view.licenseNumber()).build()).entity(view)
                .tag(etag(view)).build();
    }

    @PUT
    @Path("/{licence}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an agency's record, e.g. suspend or revoke its licence (BP3MI, Disnaker, admin);"
            + " send If-Match with the ETag read")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not BP3MI, Disnaker or an admin")
    @APIResponse(responseCode = "404", description = "No such licence in the registry")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("licence") String licence, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull AgencyRequest body) {
        requireMaintainer();
        AgencyView view = agencies.update(licence, body, ifMatch, user.username());
        return Response.ok(view).tag(etag(view)).build();
    }

    private void requireMaintainer() {
        Role role = Arrays.stream(Role.values()).filter(user::is).findFirst().orElse(null);
        if (!AgencyAccess.mayMaintain(role, user.groups())) {
            throw ApiException.forbidden("Only BP3MI and Disnaker staff keep the P3MI registry");
        }
    }

    private static EntityTag etag(AgencyView view) {
        return EntityTag.valueOf(ETags.of(view.version()));
    }
}
