package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Date;

/** The partner's answer to the offer, whichever way it was given (referral endpoints or the task form). */
@ApplicationScoped
@Named("recordReferralAnswer")
public class RecordReferralAnswerDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject Referrals referrals;
    @Inject CaseworkConfig config;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        Referral referral = Referral.findById(execution.getVariable("referralId"));
        boolean accepted = Boolean.TRUE.equals(execution.getVariable("accepted"));
        String reason = (String) execution.getVariable("declineReason");
        execution.removeVariable("declineReason");
        referrals.answer(referral, accepted, ProcessActor.of(execution), reason);
        if (accepted) {
            referral.deliveryDueAt = CaseClock.now().plus(config.deliverySla());
            execution.setVariable("deliveryDue", Date.from(referral.deliveryDueAt));
        }
        steps.record(execution, record, accepted ? TimelineStep.REFERRAL_ACCEPTED : TimelineStep.REFERRAL_DECLINED,
                "referral=" + referral.id + " partner=" + referral.partnerCode);
    }
}
