package id.satuatap.workflow.task;

import id.satuatap.i18n.Messages;
import id.satuatap.security.CurrentUser;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.Locale;

@Path("/api/v1/tasks")
@Tag(name = "Tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
public class TaskResource {

    @Inject UserTasks userTasks;
    @Inject CurrentUser user;
    @Context HttpHeaders headers;

    @GET
    @Operation(summary = "Open tasks the caller may work on",
            description = "Tasks assigned to the caller or offered to one of the caller's groups (desk or partner codes).")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<TaskView> list(@QueryParam("processKey") String processKey,
                               @QueryParam("businessKey") String businessKey,
                               @QueryParam("candidateGroup") String candidateGroup,
                               @Parameter(description = "'me' for tasks assigned to the caller") @QueryParam("assignee") String assignee,
                               @QueryParam("limit") Integer limit,
                               @QueryParam("cursor") String cursor) {
        if (assignee != null && !assignee.equals("me")) {
            throw id.satuatap.problem.ApiException.invalid("assignee", "only 'me' is supported");
        }
        return userTasks.list(caller(), new UserTasks.Filter(processKey, businessKey, candidateGroup, assignee != null),
                PageRequest.of(limit, cursor), locale());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A task and the form to complete it")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No such task for this caller")
    public TaskDetail get(@PathParam("id") String id) {
        return userTasks.detail(caller(), id, locale());
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take a task so that colleagues of the same group do not work on it too")
    @APIResponse(responseCode = "204", description = "Claimed (or already the caller's)")
    @APIResponse(responseCode = "404", description = "No such task for this caller")
    @APIResponse(responseCode = "409", description = "Claimed by someone else")
    public void claim(@PathParam("id") String id) {
        userTasks.claim(caller(), id);
    }

    @POST
    @Path("/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    @APIResponse(responseCode = "204", description = "Unclaimed")
    @APIResponse(responseCode = "404", description = "No such task for this caller")
    @APIResponse(responseCode = "409", description = "Claimed by someone else")
    public void unclaim(@PathParam("id") String id) {
        userTasks.unclaim(caller(), id);
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a task with its form values")
    @APIResponse(responseCode = "204", description = "Completed; the process moved on")
    @APIResponse(responseCode = "400", description = "A form field is missing, of the wrong type or outside its values")
    @APIResponse(responseCode = "404", description = "No such task for this caller")
    @APIResponse(responseCode = "409", description = "Already completed, or claimed by someone else")
    @APIResponse(responseCode = "422", description = "The process could not continue from this step")
    public void complete(@PathParam("id") String id, CompleteTaskRequest body) {
        userTasks.complete(caller(), id, body == null ? null : body.variables());
    }

    private Locale locale() {
        return Messages.pick(headers.getAcceptableLanguages());
    }

    private UserTasks.Caller caller() {
        return new UserTasks.Caller(user.username(), new HashSet<>(user.groups()));
    }
}
