package id.satuatap.partner;

import id.satuatap.problem.ApiException;
import id.satuatap.security.Role;
import id.satuatap.web.EnumParam;
import id.satuatap.web.ETags;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partners")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class PartnerResource {

    @Inject PartnerDirectory directory;

    @GET
    @Operation(summary = "The partner directory, by code")
    @APIResponse(responseCode = "200", description = "One page of partners")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<PartnerProfile> list(@QueryParam("type") String type, @QueryParam("limit") Integer limit,
                                     @QueryParam("cursor") String cursor) {
        return directory.page(EnumParam.parse(PartnerType.class, type, "type"), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One partner; its ETag is the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The partner")
    @APIResponse(responseCode = "404", description = "No such partner")
    public Response get(@PathParam("code") String code) {
        PartnerProfile partner = directory.find(code).orElseThrow(() -> ApiException.notFound("No partner " + code));
        return Response.ok(partner).tag(etag(partner)).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a partner (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerProfile.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull PartnerRequest body, @Context UriInfo uri) {
        PartnerProfile partner = directory.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(partner.code()).build()).entity(partner)
                .tag(etag(partner)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a partner's record (admin); send If-Match with the ETag read")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PartnerRequest body) {
        PartnerProfile partner = directory.update(code, body, ifMatch);
        return Response.ok(partner).tag(etag(partner)).build();
    }

    private static EntityTag etag(PartnerProfile partner) {
        return EntityTag.valueOf(ETags.of(partner.version()));
    }
}
