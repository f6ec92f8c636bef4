package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The partner let the SLA pass: the offer lapses and the chain moves on. */
@ApplicationScoped
@Named("expireReferral")
public class ExpireReferralDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject Referrals referrals;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        Referral referral = Referral.findById(execution.getVariable("referralId"));
        referrals.expire(referral);
        steps.record(execution, record, TimelineStep.REFERRAL_EXPIRED,
                "referral=" + referral.id + " partner=" + referral.partnerCode);
    }
}
