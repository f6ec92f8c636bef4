package id.satuatap.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The verifier's finding on the tip record; an unfounded tip leads to nothing further. */
@ApplicationScoped
@Named("recordTipVerification")
public class RecordTipVerificationDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Tip tip = Tip.findById(execution.getVariable("tipId"));
        boolean verified = Boolean.TRUE.equals(execution.getVariable("verified"));
        tip.status = verified ? TipStatus.VERIFIED : TipStatus.UNFOUNDED;
        tip.finding = (String) execution.getVariable("finding");
        tip.verifiedBy = actor(execution);
        tip.verifiedAt = ClockUtil.getCurrentTime().toInstant();
        if (!verified || execution.getVariable("tipAction") == null) {
            execution.setVariable("tipAction", TipAction.NONE.name());
        }
    }

    static String actor(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? "system" : current.getUserId();
    }
}
