package id.satuatap.casework;

import id.satuatap.partner.PartnerDirectory;
import id.satuatap.partner.PartnerProfile;
import id.satuatap.partner.PartnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import java.util.Optional;

/**
 * An urgent response still open at its due time (timeout listener): the BP2MI crisis centre, the national body that
 * acts for migrant workers in danger, is added to the task and to the case's involved organisations, the task goes to
 * the top of every list, and the case timeline records the escalation. The coordinator and the local authority keep it.
 */
@ApplicationScoped
@Named("escalateUrgentResponse")
public class UrgentResponseEscalation implements TaskListener {

    static final int TOP_PRIORITY = 100;

    @Inject CaseSteps steps;
    @Inject PartnerDirectory partners;

    @Override
    public void notify(DelegateTask task) {
        CaseRecord record = steps.caseOf(task.getExecution());
        Optional<String> crisisCentre = partners.active().stream().filter(p -> p.type() == PartnerType.BP2MI)
                .map(PartnerProfile::code).findFirst();
        crisisCentre.ifPresent(code -> {
            task.addCandidateGroup(code);
            record.involvedOrganisations.add(code);
        });
        task.setPriority(TOP_PRIORITY);
        steps.record(task.getExecution(), record, TimelineStep.URGENT_ALERT,
                "overdue; escalated to=" + crisisCentre.orElse("none"));
    }
}
