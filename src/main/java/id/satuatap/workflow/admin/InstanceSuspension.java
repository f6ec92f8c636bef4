package id.satuatap.workflow.admin;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.workflow.RunningInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Holds one running instance where it stands (its tasks cannot be completed, its jobs do not run) and lets it go
 * on again; both are recorded in the audit log.
 */
@ApplicationScoped
public class InstanceSuspension {

    @Inject RuntimeService runtime;
    @Inject RunningInstances running;
    @Inject AuditLog audit;

    @Transactional
    public void change(String processInstanceId, boolean suspend, String actor) {
        if (!running.isRunning(processInstanceId)) {
            throw ApiException.notFound("No running process instance " + processInstanceId);
        }
        var update = runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(processInstanceId);
        if (suspend) {
            update.suspend();
        } else {
            update.activate();
        }
        audit.record(actor, suspend ? "INSTANCE_SUSPENDED" : "INSTANCE_RESUMED", "process-instance", processInstanceId, null);
    }
}
