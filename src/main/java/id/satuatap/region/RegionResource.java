package id.satuatap.region;

import id.satuatap.problem.ApiException;
import id.satuatap.region.Regions.RegionView;
import id.satuatap.web.EnumParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Indonesia's administrative areas, open to everyone: the sign-up form and an anonymous tip need a village code
 * before anyone has signed in, and the table is public regulation.
 */
@Path("/api/v1/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class RegionResource {

    @Inject Regions regions;

    @GET
    @Operation(summary = "Search areas by name (case-insensitive, any part of it), level, and the area they lie in;"
            + " ordered by code")
    @APIResponse(responseCode = "200", description = "One page of areas")
    @APIResponse(responseCode = "400", description = "Bad level, parent, limit or cursor")
    public Page<RegionView> search(@QueryParam("q") String q, @QueryParam("level") String level,
                                   @QueryParam("parent") String parent, @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        return regions.search(q, EnumParam.parse(RegionLevel.class, level, "level"), parent, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One area, by code with or without dots")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "404", description = "No such area")
    public RegionView get(@PathParam("code") String code) {
        return regions.find(code).map(regions::view).orElseThrow(() -> ApiException.notFound("No region " + code));
    }
}
