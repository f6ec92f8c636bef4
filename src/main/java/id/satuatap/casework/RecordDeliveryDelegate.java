package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The partner provided the service: what and when. A delivered repatriation means the person is home, so the case
 * moves to stage RETURNED (and case handling decides the returnee's services).
 */
@ApplicationScoped
@Named("recordDelivery")
public class RecordDeliveryDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject Referrals referrals;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        Referral referral = Referral.findById(execution.getVariable("referralId"));
        LocalDate deliveredOn = ((Date) execution.getVariable("deliveredOn")).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        referrals.deliver(referral, deliveredOn, (String) execution.getVariable("deliveredWhat"), ProcessActor.of(execution));
        steps.record(execution, record, TimelineStep.REFERRAL_DELIVERED,
                "referral=" + referral.id + " partner=" + referral.partnerCode + " service=" + referral.service);
        if (Referrals.BRINGS_HOME.contains(referral.service) && record.stage == Stage.ABROAD) {
            record.stage = Stage.RETURNED;
            steps.record(execution, record, TimelineStep.RETURNED_HOME, "referral=" + referral.id);
        }
    }
}
