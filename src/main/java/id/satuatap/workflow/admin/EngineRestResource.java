package id.satuatap.workflow.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.workflow.model.DeploymentResult;
import id.satuatap.workflow.model.ModelFile;
import id.satuatap.workflow.model.ModelProblem;
import id.satuatap.workflow.model.ModelRejectedException;
import id.satuatap.workflow.model.ModelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The three calls of Camunda 7's REST API that Camunda Modeler's "Deploy" makes, so an administrator deploys from
 * the desktop modeler (endpoint URL {@code http://host:8080/engine-rest}, HTTP Basic as an admin). Nothing else of
 * engine-rest exists here. The calls and fields are those of Camunda Modeler's client,
 * {@code client/src/plugins/camunda-plugin/shared/CamundaAPI.js} (camunda/camunda-modeler): {@code checkConnection}
 * reads {@code GET /deployment?maxResults=0}, {@code getVersion} reads {@code GET /version}, {@code deployDiagram}
 * posts {@code deployment-name}, {@code deployment-source}, {@code enable-duplicate-filtering}, an optional
 * {@code tenant-id} and one part per file, named and with a filename as the file. An upload passes the same
 * validation as {@code POST /api/v1/admin/deployments}; a refusal comes in engine-rest's ParseException shape
 * (see docs/console.md), which the Modeler shows with the policy's reasons.
 */
@Path("/engine-rest")
@Tag(name = "Camunda Modeler deployment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
@APIResponse(responseCode = "401", description = "No or invalid credentials")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class EngineRestResource {

    /** engine-rest writes dates in this pattern (its default {@code camunda.bpm.rest.date-format}). */
    private static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    @Inject ModelService models;
    @Inject RepositoryService repository;
    @Inject CurrentUser user;

    /** The multipart fields of engine-rest's deployment creation; every part with a filename is a resource. */
    public static class ModelerDeploymentForm {
        @RestForm("deployment-name")
        @Schema(name = "deployment-name", description = "A name for this deployment")
        public String deploymentName;

        @RestForm("deployment-source")
        @Schema(name = "deployment-source", description = "Where the deployment comes from, e.g. Camunda Modeler")
        public String deploymentSource;

        @RestForm("enable-duplicate-filtering")
        @Schema(name = "enable-duplicate-filtering", description = "Accepted for compatibility; unchanged files are "
                + "never deployed again here")
        public String enableDuplicateFiltering;

        @RestForm("deploy-changed-only")
        @Schema(name = "deploy-changed-only", description = "Accepted for compatibility; unchanged files are never "
                + "deployed again here")
        public String deployChangedOnly;

        @RestForm("tenant-id")
        @Schema(name = "tenant-id", description = "Must be empty: this service has no tenants")
        public String tenantId;

        @RestForm("deployment-activation-time")
        @Schema(name = "deployment-activation-time", description = "Must be empty: deployments are active at once")
        public String activationTime;

        @RestForm(FileUpload.ALL)
        @Schema(name = "data", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                implementation = String.class, format = "binary",
                description = ".bpmn and .dmn files, each in a part of its own with a filename")
        public List<FileUpload> files;
    }

    /** engine-rest's ExceptionDto: a Java exception's simple name and message, and the engine's error code. */
    public record EngineRequestError(String type, String message, int code) {
    }

    /** engine-rest's ParseExceptionDto: the message and, per resource, the problems found. */
    public record EngineParseError(String type, String message, int code, Map<String, EngineResourceReport> details) {
    }

    public record EngineResourceReport(List<EngineProblem> errors, List<EngineProblem> warnings) {
    }

    public record EngineProblem(String message, int line, int column, String mainElementId, List<String> elementIds) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EngineDeployment(List<Object> links, String id, String name, String source, String deploymentTime,
                                 String tenantId, Map<String, Object> deployedProcessDefinitions,
                                 Map<String, Object> deployedCaseDefinitions,
                                 Map<String, Object> deployedDecisionDefinitions,
                                 Map<String, Object> deployedDecisionRequirementsDefinitions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EngineProcessDefinition(String id, String key, String category, String description, String name,
                                        int version, String resource, String deploymentId, String diagram,
                                        boolean suspended, String tenantId, String versionTag,
                                        Integer historyTimeToLive, boolean startableInTasklist) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EngineDecisionDefinition(String id, String key, String category, String name, int version,
                                         String resource, String deploymentId, String decisionRequirementsDefinitionId,
                                         String decisionRequirementsDefinitionKey, String tenantId, String versionTag,
                                         Integer historyTimeToLive) {
    }

    public record EngineVersion(String version) {
    }

    @GET
    @Path("/version")
    @Operation(summary = "The engine's version (Camunda Modeler reads it after connecting)")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = EngineVersion.class)))
    public EngineVersion version() {
        return new EngineVersion(ProductPropertiesUtil.getProductVersion());
    }

    @GET
    @Path("/deployment")
    @Operation(summary = "Deployments, newest first (Camunda Modeler's connection check asks for maxResults=0)")
    @APIResponse(responseCode = "200", description = "The deployments")
    public List<EngineDeployment> deployments(@QueryParam("firstResult") Integer firstResult,
                                            @QueryParam("maxResults") Integer maxResults) {
        int first = firstResult == null ? 0 : Math.max(0, firstResult);
        int max = maxResults == null ? 50 : Math.max(0, Math.min(maxResults, 200));
        if (max == 0) {
            return List.of();
        }
        return repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(first, max).stream()
                .map(d -> deployment(d.getId(), d.getName(), d.getSource(), d.getDeploymentTime(), null, null))
                .toList();
    }

    @POST
    @Path("/deployment/create")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Deploy BPMN/DMN models as Camunda Modeler does",
            description = "The same validation as POST /api/v1/admin/deployments. Files identical to their latest "
                    + "version deploy nothing and the latest deployment of them is returned. A refusal is engine-rest's "
                    + "ParseException (400) with the policy's reasons per file and element.")
    @APIResponse(responseCode = "200", description = "Deployed, or nothing changed",
            content = @Content(schema = @Schema(implementation = EngineDeployment.class)))
    @APIResponse(responseCode = "400", description = "Refused by the deployment policy or a parser (ParseException), "
            + "or no file, a tenant or an activation time (InvalidRequestException); nothing was deployed",
            content = @Content(schema = @Schema(implementation = EngineParseError.class)))
    public Response create(ModelerDeploymentForm form) {
        if (form == null || form.files == null || form.files.isEmpty()) {
            return invalid("No deployment resources contained in the form upload.");
        }
        if (form.tenantId != null && !form.tenantId.isBlank()) {
            return invalid("This service has no tenants; leave tenant-id empty.");
        }
        if (form.activationTime != null && !form.activationTime.isBlank()) {
            return invalid("Deployments are active at once; leave deployment-activation-time empty.");
        }
        List<ModelFile> files = form.files.stream().map(EngineRestResource::read).toList();
        String name = form.deploymentName == null || form.deploymentName.isBlank() ? files.get(0).name()
                : form.deploymentName.trim();
        DeploymentResult result;
        try {
            result = models.deployUpload(name, files, user.username());
        } catch (ModelRejectedException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(parseError(e.problems())).build();
        }
        if (!result.created()) {
            return Response.ok(latestDeploymentOf(files.get(0).name(), form.deploymentSource)).build();
        }
        Deployment created = repository.createDeploymentQuery().deploymentId(result.id()).singleResult();
        Map<String, Object> processes = new LinkedHashMap<>();
        Map<String, Object> decisions = new LinkedHashMap<>();
        for (DeploymentResult.Definition definition : result.definitions()) {
            if ("BPMN".equals(definition.type())) {
                var p = repository.getProcessDefinition(definition.id());
                processes.put(p.getId(), new EngineProcessDefinition(p.getId(), p.getKey(), p.getCategory(),
                        p.getDescription(), p.getName(), p.getVersion(), p.getResourceName(), p.getDeploymentId(),
                        p.getDiagramResourceName(), p.isSuspended(), p.getTenantId(), p.getVersionTag(),
                        p.getHistoryTimeToLive(), p.isStartableInTasklist()));
            } else {
                var d = repository.getDecisionDefinition(definition.id());
                decisions.put(d.getId(), new EngineDecisionDefinition(d.getId(), d.getKey(), d.getCategory(), d.getName(),
                        d.getVersion(), d.getResourceName(), d.getDeploymentId(), d.getDecisionRequirementsDefinitionId(),
                        d.getDecisionRequirementsDefinitionKey(), d.getTenantId(), d.getVersionTag(),
                        d.getHistoryTimeToLive()));
            }
        }
        return Response.ok(deployment(created.getId(), name, form.deploymentSource, created.getDeploymentTime(),
                processes.isEmpty() ? null : processes, decisions.isEmpty() ? null : decisions)).build();
    }

    /**
     * The refusal as engine-rest reports a BPMN parse failure: its message starts with ENGINE-09005, which Camunda
     * Modeler recognises, and lists each reason; {@code details} holds them per file.
     */
    static EngineParseError parseError(List<ModelProblem> problems) {
        String lines = problems.stream().map(p -> "* " + p.message()
                        + (p.elementId() == null ? "" : " | " + p.elementId())
                        + (p.resource() == null ? "" : " | resource " + p.resource())
                        + (p.line() == null ? "" : " | line " + p.line() + " | column " + p.column()))
                .collect(Collectors.joining("\n"));
        Map<String, EngineResourceReport> details = new LinkedHashMap<>();
        for (ModelProblem p : problems) {
            String resource = p.resource() == null ? "" : p.resource();
            details.computeIfAbsent(resource, r -> new EngineResourceReport(new ArrayList<>(), List.of())).errors()
                    .add(new EngineProblem(p.message(), p.line() == null ? 0 : p.line(), p.column() == null ? 0 : p.column(),
                            p.elementId(), p.elementId() == null ? List.of() : List.of(p.elementId())));
        }
        return new EngineParseError("ParseException", "ENGINE-09005 Could not parse BPMN process. Errors: \n" + lines, 0,
                details);
    }

    private static Response invalid(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new EngineRequestError("InvalidRequestException", message, 0)).build();
    }

    /** As engine-rest with duplicate filtering: nothing changed, so the deployment that holds the file answers. */
    private EngineDeployment latestDeploymentOf(String resourceName, String source) {
        var latest = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(p -> resourceName.equals(p.getResourceName())).map(p -> p.getDeploymentId())
                .findFirst().or(() -> repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                        .filter(d -> resourceName.equals(d.getResourceName())).map(d -> d.getDeploymentId()).findFirst())
                .map(id -> repository.createDeploymentQuery().deploymentId(id).singleResult())
                .orElseThrow();
        return deployment(latest.getId(), latest.getName(), source, latest.getDeploymentTime(), null, null);
    }

    private static EngineDeployment deployment(String id, String name, String source, Date time,
                                             Map<String, Object> processes, Map<String, Object> decisions) {
        return new EngineDeployment(List.of(), id, name, source, new SimpleDateFormat(DATE_FORMAT).format(time), null,
                processes, null, decisions, null);
    }

    private static ModelFile read(FileUpload upload) {
        try {
            return new ModelFile(upload.fileName(), Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
