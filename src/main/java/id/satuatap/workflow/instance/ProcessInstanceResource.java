package id.satuatap.workflow.instance;

import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.FlagParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/process-instances")
@Tag(name = "Process instances")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class ProcessInstanceResource {

    @Inject ProcessInstances instances;
    @Inject InstanceAccess access;
    @Inject CurrentUser user;
    @Inject RunningInstanceList runningInstances;

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
    @Operation(summary = "Running process instances, oldest first (admin, coordinator)",
            description = "Each filter narrows the list: process, version, an activity where the instance stands, a desk "
                    + "or partner group with an open task in it, overdue (an open task past its due date, or none), "
                    + "business key.")
    @APIResponse(responseCode = "200", description = "One page of instances")
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or overdue")
    @APIResponse(responseCode = "403", description = "Not admin or coordinator")
    public Page<InstanceSummary> list(@QueryParam("processKey") String processKey,
                                      @QueryParam("processDefinitionId") String processDefinitionId,
                                      @Parameter(description = "An activity id in the model") @QueryParam("activityId") String activityId,
                                      @Parameter(description = "A desk or partner code") @QueryParam("candidateGroup") String candidateGroup,
                                      @Parameter(description = "true: an open task is past its due date; false: none is",
                                              schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
                                      @QueryParam("businessKey") String businessKey,
                                      @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") String cursor) {
        Boolean overdueFlag = overdue == null || overdue.isBlank() ? null : FlagParam.parse(overdue, "overdue");
        return runningInstances.list(new RunningInstanceList.Filter(blankToNull(processKey), blankToNull(processDefinitionId),
                blankToNull(activityId), blankToNull(candidateGroup), overdueFlag, blankToNull(businessKey)),
                PageRequest.of(limit, cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
    @Operation(summary = "Start a process instance (admin, coordinator)")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = ProcessInstanceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "403", description = "Not admin or coordinator")
    @APIResponse(responseCode = "404", description = "No process with this key")
    @APIResponse(responseCode = "422", description = "The process is suspended")
    public Response start(@Valid @NotNull StartProcessRequest request, @Context UriInfo uri) {
        ProcessInstanceView started = instances.start(user.username(), user.groupList(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(started.id()).build()).entity(started).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A process instance with its current activities and history",
            description = "Admins and coordinators see every instance; others see instances where they have or had a task.")
    @APIResponse(responseCode = "200", description = "The instance",
            content = @Content(schema = @Schema(implementation = ProcessInstanceView.class)))
    @APIResponse(responseCode = "404", description = "No such instance for this caller")
    public ProcessInstanceView get(@PathParam("id") String id) {
        if (!access.maySee(user, id)) {
            throw ApiException.notFound("No process instance " + id);
        }
        return instances.find(id).orElseThrow(() -> ApiException.notFound("No process instance " + id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
