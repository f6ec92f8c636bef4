package id.satuatap.predeparture;

import id.satuatap.audit.AuditLog;
import id.satuatap.document.CheckRule;
import id.satuatap.document.Document;
import id.satuatap.document.DocumentCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stops the application as a possible trafficking case: records the red flag with its evidence (which fields of
 * which documents disagree, never the values), and tells case handling through {@link RedFlagRaised} in this
 * same transaction, so a flag is never recorded without the case, nor the case without the flag.
 */
@Named("stopWithRedFlag")
@ApplicationScoped
public class StopWithRedFlagDelegate implements JavaDelegate {

    static final String CONSENT_NOT_CONFIRMED = "CONSENT_NOT_CONFIRMED";
    private static final Logger LOG = Logger.getLogger(StopWithRedFlagDelegate.class);
    private static final Map<CheckRule, String> WHAT_DISAGREES = Map.of(
            CheckRule.NIK_MATCH, "the NIK differs from the worker record",
            CheckRule.BIRTH_DATE_MATCH, "the holder's birth date differs from the one encoded in the NIK",
            CheckRule.SEX_MATCH, "the holder's sex differs from the one encoded in the NIK",
            CheckRule.NAME_MATCH, "the holder's name differs from the worker record",
            CheckRule.MINIMUM_AGE, "the holder's birth date makes the worker younger than 18",
            CheckRule.CONSENT_SIGNER_ON_KK, "the signer is not the spouse (married) or a parent or guardian (unmarried) listed on the KK");

    @Inject ApplicationOutcomes outcomes;
    @Inject Event<RedFlagRaised> redFlagRaised;
    @Inject AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        var flag = new RedFlag();
        Set<String> kinds = new LinkedHashSet<>();
        Application application = outcomes.of(execution);
        for (Document document : Document.ofApplication(application.id)) {
            for (DocumentCheck check : document.checks) {
                if (check.raisesRedFlag()) {
                    kinds.add(check.rule.redFlagKind().orElseThrow());
                    flag.evidence.add(document.type + " (document " + document.id + "): " + WHAT_DISAGREES.get(check.rule));
                }
            }
        }
        if (Boolean.FALSE.equals(execution.getVariable("familyConsentReconfirmed"))) {
            kinds.add(CONSENT_NOT_CONFIRMED);
            flag.evidence.add("FAMILY_CONSENT: not reconfirmed by the family at the pre-departure orientation (BP3MI)");
        }
        flag.kinds.addAll(kinds);
        flag.applicationId = application.id;
        flag.raisedAt = Instant.now();
        flag.persist();
        outcomes.close(execution, ApplicationStatus.STOPPED, TimelineEvent.RED_FLAG_RAISED,
                Timeline.Detail.subject(String.join(",", kinds)));
        audit.record("system", "RED_FLAG_RAISED", "APPLICATION", application.id, "red flag " + flag.id + ": " + kinds);
        LOG.infof("Application %s stopped with red flag %s %s", application.id, flag.id, kinds);
        redFlagRaised.fire(new RedFlagRaised(application.id, application.workerId, application.destinationCountry,
                List.copyOf(flag.kinds), List.copyOf(flag.evidence)));
    }
}
