package id.satuatap.casework;

import id.satuatap.legalaid.PartnerMatcher;
import id.satuatap.legalaid.RankedKind;
import id.satuatap.partner.PartnerDirectory;
import id.satuatap.partner.PartnerProfile;
import id.satuatap.partner.ServiceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Picks the next partner of a referral chain — the best eligible one now, among those not asked yet — and
 * offers it the referral; or tells the chain nobody is left.
 */
@ApplicationScoped
@Named("chooseNextPartner")
public class ChooseNextPartnerDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject Referrals referrals;
    @Inject PartnerDirectory partners;

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        String service = (String) execution.getVariable("service");
        List<RankedKind> kinds = RankedKind.fromDecision((List<Map<String, Object>>) execution.getVariable("partnerKinds"));
        var need = new PartnerMatcher.Need(ServiceKind.valueOf(service), record.regencyCode, record.country,
                record.language, record.respondent, referrals.askedInChain(record.id, execution.getProcessInstanceId()));
        List<PartnerProfile> candidates = PartnerMatcher.candidates(kinds, need, partners.active(), referrals.openLoad());
        if (candidates.isEmpty()) {
            execution.setVariable("partnerFound", false);
            steps.record(execution, record, TimelineStep.REFERRAL_ESCALATED, "service=" + service);
            return;
        }
        PartnerProfile partner = candidates.get(0);
        Instant due = CaseClock.now().plus(Duration.parse((String) execution.getVariable("referralSla")));
        Referral referral = referrals.offer(record, service, partner.code(), due, execution.getProcessInstanceId());
        execution.setVariable("partnerFound", true);
        execution.setVariable("partnerGroup", partner.code());
        execution.setVariable("referralId", referral.id);
        execution.setVariable("referralDue", Date.from(due));
        steps.record(execution, record, TimelineStep.REFERRAL_OFFERED,
                "referral=" + referral.id + " partner=" + partner.code() + " service=" + service);
    }
}
