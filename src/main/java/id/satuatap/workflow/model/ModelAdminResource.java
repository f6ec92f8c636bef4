package id.satuatap.workflow.model;

import id.satuatap.problem.ApiException;
import id.satuatap.problem.Problem;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.web.FlagParam;
import id.satuatap.web.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

@Path("/api/v1/admin")
@Tag(name = "Model administration")
@RolesAllowed(Role.ADMIN_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class ModelAdminResource {

    @Inject ModelService models;
    @Inject ModelCatalog catalog;
    @Inject ModelValidator validator;
    @Inject ModelDiff diffs;
    @Inject DefinitionSuspension suspension;
    @Inject CurrentUser user;

    /** Multipart upload of one or more models. */
    public static class DeploymentForm {
        @RestForm
        @Schema(description = "A name for this deployment")
        public String name;

        @RestForm(FileUpload.ALL)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                implementation = String.class, format = "binary", description = ".bpmn and .dmn files")
        public List<FileUpload> files;
    }

    /** A dry run's verdict: problems would refuse the upload, warnings would not. */
    public record ValidationReport(boolean valid, List<ModelProblem> problems, List<ModelProblem> warnings) {
    }

    @POST
    @Path("/deployments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deploy BPMN/DMN models",
            description = "Checks every file against the deployment policy (no scripts, allow-listed delegates and "
                    + "expressions, existing candidate groups, supported form field types) and the engine's BPMN and DMN "
                    + "parsers, and follows business-rule tasks to their decisions; a refused file deploys nothing. "
                    + "Files identical to the latest version create no new version. With dryRun=true only the check "
                    + "runs and its report is returned.")
    @APIResponse(responseCode = "201", description = "Deployed",
            content = @Content(schema = @Schema(implementation = DeploymentResult.class)))
    @APIResponse(responseCode = "200", description = "Nothing changed (a DeploymentResult), or the dry-run report "
            + "(a ValidationReport)",
            content = @Content(schema = @Schema(oneOf = {DeploymentResult.class, ValidationReport.class})))
    @APIResponse(responseCode = "400", description = "A model does not parse or breaks the deployment policy, or dryRun "
            + "is neither true nor false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ModelRejection.class)))
    public Response deploy(DeploymentForm form,
                           @Parameter(description = "Only check the models (default false)",
                                   schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRunParam) {
        // Read strictly: as a plain boolean, dryRun=yes would be false and deploy for real.
        boolean dryRun = FlagParam.parse(dryRunParam, "dryRun");
        if (form == null || form.files == null || form.files.isEmpty()) {
            throw ApiException.invalid("files", "attach at least one .bpmn or .dmn file");
        }
        List<ModelFile> files = form.files.stream().map(ModelAdminResource::read).toList();
        if (dryRun) {
            ModelValidator.Validation validation = validator.validate(files);
            return Response.ok(new ValidationReport(validation.valid(), validation.problems(), validation.warnings()))
                    .build();
        }
        String name = form.name == null || form.name.isBlank() ? files.get(0).name() : form.name.trim();
        DeploymentResult result = models.deployUpload(name, files, user.username());
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @GET
    @Path("/process-definitions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Latest version of every process, with its running instances")
    @APIResponse(responseCode = "200", description = "The latest definitions")
    public Page<ModelCatalog.DefinitionView> latest() {
        return new Page<>(catalog.latest(), null);
    }

    @GET
    @Path("/process-definitions/{key}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of a process, newest first")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No process with this key")
    public Page<ModelCatalog.DefinitionView> versions(@PathParam("key") String key) {
        return new Page<>(catalog.existingVersions(key), null);
    }

    @GET
    @Path("/process-definitions/{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The BPMN (or DMN) XML of one definition version")
    @APIResponse(responseCode = "200", description = "The model", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No definition with this id")
    public byte[] xml(@PathParam("id") String id) {
        return catalog.xml(id).orElseThrow(() -> ApiException.notFound("No definition with id " + id));
    }

    @GET
    @Path("/process-definitions/{id}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activities added, removed and changed against the previous version",
            description = "Activities are matched by id, as a migration maps them. The first version lists all "
                    + "its activities as added.")
    @APIResponse(responseCode = "200", description = "The diff",
            content = @Content(schema = @Schema(implementation = ModelDiff.VersionDiff.class)))
    @APIResponse(responseCode = "404", description = "No process definition with this id")
    public ModelDiff.VersionDiff diff(@PathParam("id") String id) {
        return diffs.diff(id).orElseThrow(() -> ApiException.notFound("No process definition " + id));
    }

    @PUT
    @Path("/process-definitions/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend or activate a process version",
            description = "While suspended, new starts of the process are refused with 422. Running instances go on "
                    + "unless includeInstances is true.")
    @APIResponse(responseCode = "200", description = "The version with its new state",
            content = @Content(schema = @Schema(implementation = ModelCatalog.DefinitionView.class)))
    @APIResponse(responseCode = "400", description = "suspended is missing")
    @APIResponse(responseCode = "404", description = "No process definition with this id")
    public ModelCatalog.DefinitionView suspension(@PathParam("id") String id, @Valid @NotNull SuspensionRequest request) {
        return suspension.change(id, request.suspended(), request.instancesToo(), user.username());
    }

    private static ModelFile read(FileUpload upload) {
        try {
            return new ModelFile(upload.fileName(), Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
