package id.satuatap.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who made the process take this step: the user completing a task or sending a message, or the system (timers). */
final class ProcessActor {

    private ProcessActor() {
    }

    static String of(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? CaseTimeline.SYSTEM : current.getUserId();
    }
}
