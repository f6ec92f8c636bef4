package id.satuatap.workflow.admin;

import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/migrations")
@Tag(name = "Model administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class MigrationResource {

    @Inject Migrations migrations;
    @Inject CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Migrate running instances to another version",
            description = "Maps activities with equal ids and checks every instance before anything moves. With "
                    + "processInstanceIds the request is all or nothing (422 naming each instance that cannot move); "
                    + "without, every instance of the source version that can move does and the others are reported "
                    + "in refused. dryRun=true only reports. Many instances run as a background batch (202).")
    @APIResponse(responseCode = "200", description = "Dry-run report, or the instances were migrated",
            content = @Content(schema = @Schema(implementation = MigrationReport.class)))
    @APIResponse(responseCode = "202", description = "Submitted as a batch; follow it at the Location",
            content = @Content(schema = @Schema(implementation = MigrationReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "Unknown source or target definition")
    @APIResponse(responseCode = "409", description = "An instance changed while being checked; nothing moved")
    @APIResponse(responseCode = "422", description = "No valid plan, or a requested instance cannot move; nothing moved")
    public Response migrate(@Valid @NotNull MigrationRequest request, @Context UriInfo uri) {
        MigrationReport report = migrations.migrate(request, user.username(), user.groupList());
        if (report.batchId() == null) {
            return Response.ok(report).build();
        }
        return Response.accepted(report).location(uri.getAbsolutePathBuilder().path(report.batchId()).build()).build();
    }

    @GET
    @Path("/{batchId}")
    @Operation(summary = "Progress of a background migration")
    @APIResponse(responseCode = "200", description = "The batch's progress",
            content = @Content(schema = @Schema(implementation = BatchProgress.class)))
    @APIResponse(responseCode = "404", description = "No migration batch with this id")
    public BatchProgress progress(@PathParam("batchId") String batchId) {
        return migrations.progress(batchId).orElseThrow(() -> ApiException.notFound("No migration batch " + batchId));
    }
}
