package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * After a return home the services are decided again for the returnee; those a partner already accepted or delivered
 * for this case are not referred twice.
 */
@ApplicationScoped
@Named("leaveOutGivenServices")
public class LeaveOutGivenServicesDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject Referrals referrals;

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        // Only the round after a return home: a case reopened and triaged again is referred afresh.
        if (!Boolean.TRUE.equals(execution.getVariable("returnedHome"))) {
            return;
        }
        CaseRecord record = steps.caseOf(execution);
        Set<String> given = referrals.givenServices(record.id);
        List<String> services = new ArrayList<>((List<String>) execution.getVariable("services"));
        services.removeIf(given::contains);
        execution.setVariable("services", services);
    }
}
