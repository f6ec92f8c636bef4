package id.satuatap.outreach;

import id.satuatap.outreach.OutreachAccess.Caller;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.ETags;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

@Path("/api/v1/outreach-sessions")
@Tag(name = "Outreach")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DESK_ROLE, Role.PARTNER_ROLE})
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "A role that has no part in outreach")
public class OutreachResource {

    @Inject OutreachSessions sessions;
    @Inject CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a session held in a village by the caller's desk or partner")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an unknown village code")
    public Response record(@Valid @NotNull OutreachRequest body, @Context UriInfo uri) {
        OutreachView view = sessions.record(caller(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(etag(view)).build();
    }

    @GET
    @Operation(summary = "Sessions, newest first: all of them for the coordinator and admins, the caller's own"
            + " organisation's for desks and partners; region is any region code the village lies in")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    @APIResponse(responseCode = "400", description = "Bad region, date, limit or cursor")
    public Page<OutreachView> list(@QueryParam("region") String region, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        return sessions.list(caller(), region, date(from, "from"), date(to, "to"), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One session; its ETag is the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session the caller may see")
    public Response read(@PathParam("id") String id) {
        OutreachView view = sessions.read(caller(), id);
        return Response.ok(view).tag(etag(view)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a session the caller's desk or partner held; send If-Match with the ETag read")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such session the caller may see")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull OutreachRequest body) {
        OutreachView view = sessions.update(caller(), id, body, ifMatch);
        return Response.ok(view).tag(etag(view)).build();
    }

    /** Read by hand: JAX-RS answers a date it cannot parse with 404, but it is a bad request. */
    private static LocalDate date(String value, String parameter) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(parameter, "must be a date (YYYY-MM-DD)");
        }
    }

    private Caller caller() {
        Role role = Arrays.stream(Role.values()).filter(user::is).findFirst().orElseThrow();
        return new Caller(user.username(), role, user.groups());
    }

    private static EntityTag etag(OutreachView view) {
        return EntityTag.valueOf(ETags.of(view.version()));
    }
}
