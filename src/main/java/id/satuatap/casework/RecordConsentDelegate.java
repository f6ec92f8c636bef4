package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Puts the consent given at intake on the timeline, so that every later disclosure can be checked against it. */
@ApplicationScoped
@Named("recordConsent")
public class RecordConsentDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        steps.record(execution, record, TimelineStep.CONSENT_RECORDED,
                "shareWithPartners=" + record.shareWithPartners + " shareWithAuthorities=" + record.shareWithAuthorities);
    }
}
