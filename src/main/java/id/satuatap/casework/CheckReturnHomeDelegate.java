package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Whether a delivered repatriation brought the person home since the services were decided for another stage. */
@ApplicationScoped
@Named("checkReturnHome")
public class CheckReturnHomeDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        boolean returnedHome = !record.stage.name().equals(execution.getVariable("stage"));
        execution.setVariable("returnedHome", returnedHome);
        execution.setVariable("stage", record.stage.name());
    }
}
