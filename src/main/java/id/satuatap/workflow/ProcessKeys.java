package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Process key and version by definition id; a definition never changes once deployed, so this caches forever. */
@ApplicationScoped
public class ProcessKeys {

    public record Key(String key, int version) {
    }

    @Inject RepositoryService repository;

    private final Map<String, Key> byDefinitionId = new ConcurrentHashMap<>();

    public Key of(String processDefinitionId) {
        return byDefinitionId.computeIfAbsent(processDefinitionId, id -> {
            var definition = repository.getProcessDefinition(id);
            return new Key(definition.getKey(), definition.getVersion());
        });
    }
}
