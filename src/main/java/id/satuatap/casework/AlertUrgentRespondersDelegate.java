package id.satuatap.casework;

import id.satuatap.partner.PartnerDirectory;
import id.satuatap.partner.PartnerProfile;
import id.satuatap.partner.PartnerType;
import id.satuatap.security.Desk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Life or safety at risk: the coordinator and the authority that can act on the spot — the embassy of the
 * destination country while the person is abroad, otherwise the police anti-trafficking unit of the home
 * regency — get one task, due within the urgent response time.
 */
@ApplicationScoped
@Named("alertUrgentResponders")
public class AlertUrgentRespondersDelegate implements JavaDelegate {

    @Inject CaseSteps steps;
    @Inject PartnerDirectory partners;
    @Inject CaseworkConfig config;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        Optional<String> authority = authorityFor(record, partners.active());
        authority.ifPresent(record.involvedOrganisations::add);
        execution.setVariable("urgentResponders", Desk.COORDINATOR.name() + authority.map(code -> "," + code).orElse(""));
        execution.setVariable("urgentDue", Date.from(CaseClock.now().plus(config.urgentResponseTime())));
        steps.record(execution, record, TimelineStep.URGENT_ALERT, "authority=" + authority.orElse("none"));
    }

    static Optional<String> authorityFor(CaseRecord record, List<PartnerProfile> active) {
        if (record.stage == Stage.ABROAD && record.country != null) {
            Optional<String> embassy = active.stream()
                    .filter(p -> p.type() == PartnerType.EMBASSY && p.countries().contains(record.country))
                    .map(PartnerProfile::code).findFirst();
            if (embassy.isPresent()) {
                return embassy;
            }
        }
        return active.stream()
                .filter(p -> p.type() == PartnerType.POLICE && p.covers(record.regencyCode, record.country))
                .map(PartnerProfile::code).findFirst();
    }
}
