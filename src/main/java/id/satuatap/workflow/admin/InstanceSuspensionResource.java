package id.satuatap.workflow.admin;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/process-instances/{id}/suspension")
@Tag(name = "Model administration")
@RolesAllowed(Role.ADMIN_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class InstanceSuspensionResource {

    @Inject InstanceSuspension suspension;
    @Inject CurrentUser user;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend or resume one running process instance",
            description = "While suspended, the instance's tasks cannot be completed and its timers and jobs wait.")
    @APIResponse(responseCode = "204", description = "Changed (or already in that state)")
    @APIResponse(responseCode = "400", description = "suspended is missing")
    @APIResponse(responseCode = "404", description = "No running process instance with this id")
    public void change(@PathParam("id") String id, @Valid @NotNull InstanceSuspensionRequest request) {
        suspension.change(id, request.suspended(), user.username());
    }
}
