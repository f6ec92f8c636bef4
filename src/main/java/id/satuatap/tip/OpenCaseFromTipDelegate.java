package id.satuatap.tip;

import id.satuatap.casework.CaseCategory;
import id.satuatap.casework.CaseIntake;
import id.satuatap.casework.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A verified tip with no case yet becomes one; the agency or recruiter named is what the case is about. */
@ApplicationScoped
@Named("openCaseFromTip")
public class OpenCaseFromTipDelegate implements JavaDelegate {

    @Inject CaseIntake cases;

    @Override
    public void execute(DelegateExecution execution) {
        Tip tip = Tip.findById(execution.getVariable("tipId"));
        String respondent = tip.placementAgencyLicense != null ? tip.placementAgencyLicense
                : tip.recruiterName == null ? null : tip.recruiterName.substring(0, Math.min(64, tip.recruiterName.length()));
        var opened = cases.fromTip(new CaseIntake.TipCase(tip.id, RecordTipVerificationDelegate.actor(execution),
                "Tip: " + tip.description + (tip.finding == null ? "" : "\nVerification: " + tip.finding),
                CaseCategory.valueOf((String) execution.getVariable("caseCategory")),
                Stage.valueOf((String) execution.getVariable("caseStage")),
                tip.regencyCode, tip.villageCode, respondent));
        tip.caseId = opened.id();
        execution.setVariable("caseId", opened.id());
    }
}
