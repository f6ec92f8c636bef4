package id.satuatap.workflow.model;

import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side of the deployed models: versions, running-instance counts, XML. */
@ApplicationScoped
public class ModelCatalog {

    @Inject RepositoryService repository;
    @Inject RuntimeService runtime;

    public record DefinitionView(String id, String key, String name, int version, String deploymentId,
                                 Instant deployedAt, String deployedBy, boolean suspended, long runningInstances) {
    }

    public List<DefinitionView> latest() {
        return view(repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list(),
                d -> runtime.createProcessInstanceQuery().processDefinitionKey(d.getKey()).count());
    }

    public List<DefinitionView> versions(String key) {
        return view(repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .orderByProcessDefinitionVersion().desc().list(),
                d -> runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count());
    }

    /** Every version of a process, newest first; a key with none is unknown (404). */
    public List<DefinitionView> existingVersions(String key) {
        List<DefinitionView> versions = versions(key);
        if (versions.isEmpty()) {
            throw ApiException.notFound("No process with key " + key);
        }
        return versions;
    }

    public Optional<DefinitionView> definition(String id) {
        return view(repository.createProcessDefinitionQuery().processDefinitionId(id).list(),
                d -> runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count()).stream().findFirst();
    }

    public Optional<byte[]> xml(String id) {
        try {
            if (repository.createProcessDefinitionQuery().processDefinitionId(id).count() == 1) {
                return Optional.of(readAll(repository.getProcessModel(id)));
            }
            if (repository.createDecisionDefinitionQuery().decisionDefinitionId(id).count() == 1) {
                return Optional.of(readAll(repository.getDecisionModel(id)));
            }
        } catch (ProcessEngineException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private List<DefinitionView> view(List<ProcessDefinition> definitions, Function<ProcessDefinition, Long> running) {
        var deploymentIds = definitions.stream().map(ProcessDefinition::getDeploymentId).distinct().toArray(String[]::new);
        Map<String, Instant> deployedAt = new java.util.HashMap<>();
        for (String deploymentId : deploymentIds) {
            var deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
            deployedAt.put(deploymentId, deployment.getDeploymentTime().toInstant());
        }
        Map<String, String> deployedBy = deploymentIds.length == 0 ? Map.of()
                : ModelDeployment.<ModelDeployment>list("deploymentId in ?1", List.of(deploymentIds)).stream()
                .collect(Collectors.toMap(d -> d.deploymentId, d -> d.deployedBy));
        return definitions.stream().map(d -> new DefinitionView(d.getId(), d.getKey(), d.getName(), d.getVersion(),
                d.getDeploymentId(), deployedAt.get(d.getDeploymentId()),
                deployedBy.getOrDefault(d.getDeploymentId(), "system"), d.isSuspended(), running.apply(d))).toList();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
