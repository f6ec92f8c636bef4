package id.satuatap.workflow.admin;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;

@Path("/api/v1/admin/incidents")
@Tag(name = "Model administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class IncidentResource {

    @Inject Incidents incidents;
    @Inject CurrentUser user;

    @GET
    @Operation(summary = "Open incidents, newest first",
            description = "A job that failed and has no retries left: the error, the instance with its business key, "
                    + "the activity and the process version.")
    @APIResponse(responseCode = "200", description = "One page of incidents")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<IncidentView> list(@QueryParam("processInstanceId") String processInstanceId,
                                   @QueryParam("processDefinitionId") String processDefinitionId,
                                   @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return incidents.list(PageRequest.of(limit, cursor), processInstanceId, processDefinitionId);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Retry the failed job of an incident",
            description = "Gives the job one more attempt, due now; the incident is resolved and the job executor runs "
                    + "the job. If it fails again, a new incident opens.")
    @APIResponse(responseCode = "200", description = "Retried",
            content = @Content(schema = @Schema(implementation = RetryResult.class)))
    @APIResponse(responseCode = "404", description = "No open incident with this id")
    @APIResponse(responseCode = "422", description = "The incident is not a failed job")
    public RetryResult retry(@PathParam("id") String id) {
        return incidents.retry(List.of(id), user.username());
    }

    @POST
    @Path("/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retry several incidents at once", description = "All or none: an unknown incident (404) or "
            + "one that is not a failed job (422) retries nothing.")
    @APIResponse(responseCode = "200", description = "Retried",
            content = @Content(schema = @Schema(implementation = RetryResult.class)))
    @APIResponse(responseCode = "400", description = "No incident ids")
    @APIResponse(responseCode = "404", description = "One of the incidents is not open")
    @APIResponse(responseCode = "422", description = "One of the incidents is not a failed job")
    public RetryResult retryMany(@Valid @NotNull RetryRequest request) {
        return incidents.retry(request.incidentIds().stream().distinct().toList(), user.username());
    }
}
