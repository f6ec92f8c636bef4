package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The coordinator completed "Resolve red flag" (form fields {@code flagOutcome}, {@code resolutionReason}). */
@Named("recordRedFlagResolution")
@ApplicationScoped
public class RecordRedFlagResolutionListener implements TaskListener {

    @Inject RedFlags redFlags;

    @Override
    public void notify(DelegateTask task) {
        RedFlag flag = RedFlag.<RedFlag>find("processInstanceId = ?1 and resolution is null", task.getProcessInstanceId())
                .firstResultOptional().orElseThrow(() -> new IllegalStateException(
                        "No open red flag waits in process " + task.getProcessInstanceId()));
        var identity = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        redFlags.settle(flag, RedFlag.Resolution.valueOf((String) task.getVariable("flagOutcome")),
                (String) task.getVariable("resolutionReason"), identity == null ? task.getAssignee() : identity.getUserId());
    }
}
