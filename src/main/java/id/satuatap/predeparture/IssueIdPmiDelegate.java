package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.security.SecureRandom;
import java.time.Year;

/** Issues the ID PMI number, the last step: the worker is ready to depart. */
@Named("issueIdPmi")
@ApplicationScoped
public class IssueIdPmiDelegate implements JavaDelegate {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject ApplicationOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        String number = "PMI-" + Year.now() + "-" + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
        Application application = outcomes.close(execution, ApplicationStatus.READY_TO_DEPART,
                TimelineEvent.ID_PMI_ISSUED, Timeline.Detail.subject(number));
        application.idPmiNumber = number;
        execution.setVariable("idPmiNumber", number);
    }
}
