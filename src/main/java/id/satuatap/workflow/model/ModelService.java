package id.satuatap.workflow.model;

import id.satuatap.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.*;
import java.util.stream.Stream;

/** Deploys BPMN and DMN files after validation; a rejected file deploys nothing of the batch. */
@ApplicationScoped
public class ModelService {

    /** Deployments from the models folder compare only with earlier folder deployments. */
    public static final String FOLDER_DEPLOYMENT = "models-folder";
    static final String ADMIN_DEPLOYMENT = "admin-upload";

    @Inject RepositoryService repository;
    @Inject DeploymentPolicy policy;
    @Inject ModelValidator validator;
    @Inject AuditLog audit;

    /**
     * An administrator's upload, after the full validation: files identical to the latest version of their
     * definitions are skipped; a new deployment is recorded with who made it, in the audit log too.
     */
    @Transactional
    public DeploymentResult deployUpload(String name, List<ModelFile> files, String deployedBy) {
        ModelValidator.Validation validation = validator.validate(files);
        if (!validation.valid()) {
            throw new ModelRejectedException(validation.problems());
        }
        List<ModelFile> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (ModelFile file : files) {
            if (sameAsLatest(file)) {
                unchanged.add(file.name());
            } else {
                changed.add(file);
            }
        }
        if (changed.isEmpty()) {
            return new DeploymentResult(null, name, List.of(), unchanged, validation.warnings());
        }
        DeploymentResult result = deploy(ADMIN_DEPLOYMENT, name, changed, unchanged, validation.warnings());
        var log = new ModelDeployment();
        log.deploymentId = result.id();
        log.name = name;
        log.deployedBy = deployedBy;
        log.deployedAt = Instant.now();
        log.persist();
        audit.record(deployedBy, "MODEL_DEPLOYED", "deployment", result.id(), "definitions="
                + String.join(",", result.definitions().stream().map(DeploymentResult.Definition::id).toList()));
        return result;
    }

    /** The shipped models, compared by the engine with the previous folder deployment. */
    @Transactional
    public DeploymentResult deployFolder(List<ModelFile> files) {
        List<ModelProblem> problems = new ArrayList<>(ModelValidator.duplicateNames(files));
        files.forEach(file -> problems.addAll(policy.check(file)));
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
        return deploy(FOLDER_DEPLOYMENT, FOLDER_DEPLOYMENT, files, List.of(), List.of());
    }

    private DeploymentResult deploy(String engineName, String name, List<ModelFile> files, List<String> unchanged,
                                    List<ModelProblem> warnings) {
        var builder = repository.createDeployment().name(engineName).enableDuplicateFiltering(true);
        files.forEach(f -> builder.addInputStream(f.name(), new java.io.ByteArrayInputStream(f.content())));
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (ParseException e) {
            throw new ModelRejectedException(EngineParseCheck.problems(e));
        } catch (ProcessEngineException e) {
            throw new ModelRejectedException(List.of(new ModelProblem(null, null, null, null, e.getMessage())));
        }
        var definitions = Stream.concat(
                Optional.ofNullable(deployment.getDeployedProcessDefinitions()).orElse(List.of()).stream()
                        .map(p -> new DeploymentResult.Definition(p.getId(), p.getKey(), p.getVersion(), "BPMN")),
                Optional.ofNullable(deployment.getDeployedDecisionDefinitions()).orElse(List.of()).stream()
                        .map(d -> new DeploymentResult.Definition(d.getId(), d.getKey(), d.getVersion(), "DMN")))
                .toList();
        return new DeploymentResult(deployment.getId(), name, definitions, unchanged, warnings);
    }

    private boolean sameAsLatest(ModelFile file) {
        var processes = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(p -> file.name().equals(p.getResourceName()))
                .map(p -> Map.entry(p.getDeploymentId(), p.getResourceName()));
        var decisions = repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                .filter(d -> file.name().equals(d.getResourceName()))
                .map(d -> Map.entry(d.getDeploymentId(), d.getResourceName()));
        return Stream.concat(processes, decisions).findFirst()
                .map(latest -> Arrays.equals(read(latest.getKey(), latest.getValue()), file.content()))
                .orElse(false);
    }

    private byte[] read(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
