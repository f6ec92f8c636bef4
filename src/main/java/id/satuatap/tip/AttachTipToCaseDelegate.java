package id.satuatap.tip;

import id.satuatap.casework.CaseIntake;
import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A verified tip about a matter already in a case joins that case's file. */
@ApplicationScoped
@Named("attachTipToCase")
public class AttachTipToCaseDelegate implements JavaDelegate {

    @Inject CaseIntake cases;

    @Override
    public void execute(DelegateExecution execution) {
        Tip tip = Tip.findById(execution.getVariable("tipId"));
        String caseId = (String) execution.getVariable("caseId");
        if (!cases.attachTip(caseId, tip.id, RecordTipVerificationDelegate.actor(execution))) {
            throw ApiException.invalid("caseId", "must name an existing case to attach the tip to");
        }
        tip.caseId = caseId;
    }
}
