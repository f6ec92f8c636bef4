package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The manpower office found the job order invalid: the application ends as REFUSED. */
@Named("refuseApplication")
@ApplicationScoped
public class RefuseApplicationDelegate implements JavaDelegate {

    static final String JOB_ORDER_INVALID = "JOB_ORDER_INVALID";

    @Inject ApplicationOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        Application application = outcomes.close(execution, ApplicationStatus.REFUSED, TimelineEvent.REFUSED,
                Timeline.Detail.subject(JOB_ORDER_INVALID));
        application.refusalReason = JOB_ORDER_INVALID;
    }
}
