package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The application record behind a pre-departure process instance, for the delegates that change it. */
@ApplicationScoped
public class ApplicationOutcomes {

    @Inject Timeline timeline;

    public Application of(DelegateExecution execution) {
        String id = (String) execution.getVariable("applicationId");
        Application application = Application.findById(id);
        if (application == null) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " has no application");
        }
        return application;
    }

    /** Ends the application with an outcome and puts it on the timeline. */
    public Application close(DelegateExecution execution, ApplicationStatus outcome, TimelineEvent event, Timeline.Detail detail) {
        Application application = of(execution);
        application.close(outcome);
        timeline.record(application.id, event, detail);
        return application;
    }
}
