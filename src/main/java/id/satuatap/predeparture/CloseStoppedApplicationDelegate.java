package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A coordinator confirmed a desk's red flag: the paused application ends as STOPPED (its case goes on). */
@Named("closeStoppedApplication")
@ApplicationScoped
public class CloseStoppedApplicationDelegate implements JavaDelegate {

    @Inject ApplicationOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.of(execution).close(ApplicationStatus.STOPPED);
    }
}
