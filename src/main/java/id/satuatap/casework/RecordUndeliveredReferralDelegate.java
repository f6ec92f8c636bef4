package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Accepted but not delivered in time: like an unanswered offer, the chain moves on to the next eligible partner. */
@ApplicationScoped
@Named("recordUndeliveredReferral")
public class RecordUndeliveredReferralDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject Referrals referrals;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        Referral referral = Referral.findById(execution.getVariable("referralId"));
        referrals.markUndelivered(referral);
        steps.record(execution, record, TimelineStep.REFERRAL_UNDELIVERED,
                "referral=" + referral.id + " partner=" + referral.partnerCode);
    }
}
