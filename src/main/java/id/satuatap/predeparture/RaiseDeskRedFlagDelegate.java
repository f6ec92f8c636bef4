package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.List;

/**
 * A desk answered a verify task with a suspicion (form value {@code decision}: SUSPECTED_FORGERY or
 * TRAFFICKING_INDICATORS, with a {@code reason}): the red flag of that kind is raised, its case opened, and the
 * application paused until a coordinator resolves the flag.
 */
@Named("raiseDeskRedFlag")
@ApplicationScoped
public class RaiseDeskRedFlagDelegate implements JavaDelegate {

    @Inject ApplicationOutcomes outcomes;
    @Inject RedFlags redFlags;
    @Inject Timeline timeline;

    @Override
    public void execute(DelegateExecution execution) {
        Application application = outcomes.of(execution);
        String kind = (String) execution.getVariable("decision");
        String documentType = (String) execution.getVariable("documentType");
        String desk = (String) execution.getVariable("desk");
        var identity = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String actor = identity == null ? null : identity.getUserId();
        RedFlag flag = redFlags.raise(application, List.of(kind),
                List.of(documentType + " (document " + execution.getVariable("documentId") + "): " + kind + " raised by desk " + desk),
                actor, (String) execution.getVariable("suspicionReason"));
        flag.processInstanceId = execution.getProcessInstanceId();
        execution.removeVariable("suspicionReason");
        application.status = ApplicationStatus.STOPPED;
        timeline.record(application.id, TimelineEvent.RED_FLAG_RAISED, new Timeline.Detail(kind, null, desk, actor, null));
        redFlags.pause(application.id, execution.getProcessInstanceId());
    }
}
