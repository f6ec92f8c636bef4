package id.satuatap.workflow.model;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RepositoryService;

/**
 * Suspends or activates one process version. A suspended version refuses new starts; its running instances
 * go on unless they are suspended too, which stops their tasks and jobs until activation.
 */
@ApplicationScoped
public class DefinitionSuspension {

    @Inject RepositoryService repository;
    @Inject ModelCatalog catalog;
    @Inject AuditLog audit;

    @Transactional
    public ModelCatalog.DefinitionView change(String definitionId, boolean suspended, boolean includeInstances,
                                              String actor) {
        if (repository.createProcessDefinitionQuery().processDefinitionId(definitionId).count() == 0) {
            throw ApiException.notFound("No process definition " + definitionId);
        }
        var update = repository.updateProcessDefinitionSuspensionState().byProcessDefinitionId(definitionId)
                .includeProcessInstances(includeInstances);
        if (suspended) {
            update.suspend();
        } else {
            update.activate();
        }
        audit.record(actor, suspended ? "DEFINITION_SUSPENDED" : "DEFINITION_ACTIVATED", "process-definition",
                definitionId, "includeInstances=" + includeInstances);
        return catalog.definition(definitionId).orElseThrow();
    }
}
