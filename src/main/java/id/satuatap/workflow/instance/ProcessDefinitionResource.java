package id.satuatap.workflow.instance;

import id.satuatap.problem.ApiException;
import id.satuatap.security.Role;
import id.satuatap.web.Page;
import id.satuatap.workflow.model.DeploymentPolicy;
import id.satuatap.workflow.model.KnownGroups;
import id.satuatap.workflow.model.ModelCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deployed processes as coordinators read them: versions, diagrams and where the work stands on each. The
 * administrator's model endpoints (deploy, diff, suspend) stay admin-only under /api/v1/admin.
 */
@Path("/api/v1/process-definitions")
@Tag(name = "Process instances")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE})
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator or coordinator")
public class ProcessDefinitionResource {

    @Inject ModelCatalog catalog;
    @Inject ActivityCounts counts;
    @Inject KnownGroups groups;
    @Inject DeploymentPolicy policy;

    /** What a model may name: the candidate groups that exist and the delegate beans the policy allows. */
    public record ModelingHints(Set<String> candidateGroups, Set<String> delegates) {
    }

    @GET
    @Path("/modeling-hints")
    @Operation(summary = "Candidate groups and delegate beans a model may use (admin, coordinator)",
            description = "The console's modeler offers these in its properties panel; the deployment policy refuses "
                    + "others.")
    @APIResponse(responseCode = "200", description = "The hints",
            content = @Content(schema = @Schema(implementation = ModelingHints.class)))
    public ModelingHints modelingHints() {
        return new ModelingHints(new TreeSet<>(groups.all()), new TreeSet<>(policy.allowedDelegates()));
    }

    @GET
    @Operation(summary = "Latest version of every process, with its running instances (admin, coordinator)")
    @APIResponse(responseCode = "200", description = "The latest definitions")
    public Page<ModelCatalog.DefinitionView> latest() {
        return new Page<>(catalog.latest(), null);
    }

    @GET
    @Path("/{key}/versions")
    @Operation(summary = "Every version of a process, newest first (admin, coordinator)")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No process with this key")
    public Page<ModelCatalog.DefinitionView> versions(@PathParam("key") String key) {
        return new Page<>(catalog.existingVersions(key), null);
    }

    @GET
    @Path("/{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The BPMN XML of one process version (admin, coordinator)")
    @APIResponse(responseCode = "200", description = "The model", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No process definition with this id")
    public byte[] xml(@PathParam("id") String id) {
        if (catalog.definition(id).isEmpty()) {
            throw ApiException.notFound("No process definition " + id);
        }
        return catalog.xml(id).orElseThrow(() -> ApiException.notFound("No process definition " + id));
    }

    @GET
    @Path("/{id}/activity-counts")
    @Operation(summary = "Per activity of one version: instances waiting, overdue tasks, open incidents (admin, coordinator)",
            description = "Only activities where something stands are listed. Overdue counts open tasks whose due "
                    + "date has passed.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = ActivityCounts.Counts.class)))
    @APIResponse(responseCode = "404", description = "No process definition with this id")
    public ActivityCounts.Counts activityCounts(@PathParam("id") String id) {
        if (catalog.definition(id).isEmpty()) {
            throw ApiException.notFound("No process definition " + id);
        }
        return counts.of(id);
    }
}
