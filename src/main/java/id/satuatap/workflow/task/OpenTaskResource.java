package id.satuatap.workflow.task;

import id.satuatap.i18n.Messages;
import id.satuatap.security.Role;
import id.satuatap.web.FlagParam;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every open task, for those who oversee the work rather than do it (the web console's task list). */
@Path("/api/v1/open-tasks")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator or coordinator")
public class OpenTaskResource {

    @Inject OpenTasks openTasks;
    @Context HttpHeaders headers;

    @GET
    @Operation(summary = "All open tasks, whoever they are offered to (admin, coordinator)",
            description = "Oldest first. Each filter narrows the list: process, version, activity, desk or partner "
                    + "group, overdue (due date passed), business key.")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or overdue")
    public Page<TaskView> list(@QueryParam("processKey") String processKey,
                               @QueryParam("processDefinitionId") String processDefinitionId,
                               @Parameter(description = "The task's id in the model") @QueryParam("activityId") String activityId,
                               @Parameter(description = "A desk or partner code") @QueryParam("candidateGroup") String candidateGroup,
                               @Parameter(description = "true: due date passed; false: not due yet or no due date",
                                       schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
                               @QueryParam("businessKey") String businessKey,
                               @QueryParam("limit") Integer limit,
                               @QueryParam("cursor") String cursor) {
        Boolean overdueFlag = overdue == null || overdue.isBlank() ? null : FlagParam.parse(overdue, "overdue");
        return openTasks.list(new OpenTasks.Filter(blankToNull(processKey), blankToNull(processDefinitionId),
                blankToNull(activityId), blankToNull(candidateGroup), overdueFlag, blankToNull(businessKey)),
                PageRequest.of(limit, cursor), Messages.pick(headers.getAcceptableLanguages()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
