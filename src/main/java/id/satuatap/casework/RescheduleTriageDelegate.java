package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Date;

/** A case reopened with new facts waits for triage again, due a full triage time from now, not from its intake. */
@ApplicationScoped
@Named("rescheduleTriage")
public class RescheduleTriageDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject CaseworkConfig config;

    @Override
    public void execute(DelegateExecution execution) {
        steps.caseOf(execution).status = CaseStatus.OPEN;
        execution.setVariable("triageDue", Date.from(CaseClock.now().plus(config.triageTime())));
    }
}
