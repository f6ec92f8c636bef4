package id.satuatap.predeparture;

import id.satuatap.document.CheckRule;
import id.satuatap.document.Document;
import id.satuatap.document.DocumentCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stops the application as a possible trafficking case: records the red flag with its evidence (which fields of
 * which documents disagree, never the values), and tells case handling through {@link RedFlags#raise} in this
 * same transaction, so a flag is never recorded without the case, nor the case without the flag.
 */
@Named("stopWithRedFlag")
@ApplicationScoped
public class StopWithRedFlagDelegate implements JavaDelegate {

    static final String CONSENT_NOT_CONFIRMED = "CONSENT_NOT_CONFIRMED";
    private static final Map<CheckRule, String> WHAT_DISAGREES = Map.of(
            CheckRule.NIK_MATCH, "the NIK differs from the worker record",
            CheckRule.BIRTH_DATE_MATCH, "the holder's birth date differs from the one encoded in the NIK",
            CheckRule.SEX_MATCH, "the holder's sex differs from the one encoded in the NIK",
            CheckRule.NAME_MATCH, "the holder's name differs from the worker record",
            CheckRule.MINIMUM_AGE, "the holder's birth date makes the worker younger than 18",
            CheckRule.CONSENT_SIGNER_ON_KK, "the signer is not the spouse (married) or a parent or guardian (unmarried) listed on the KK");

    @Inject ApplicationOutcomes outcomes;
    @Inject RedFlags redFlags;

    @Override
    public void execute(DelegateExecution execution) {
        Set<String> kinds = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        Application application = outcomes.of(execution);
        for (Document document : Document.ofApplication(application.id)) {
            for (DocumentCheck check : document.checks) {
                if (check.raisesRedFlag()) {
                    kinds.add(check.rule.redFlagKind().orElseThrow());
                    evidence.add(document.type + " (document " + document.id + "): " + WHAT_DISAGREES.get(check.rule));
                }
            }
        }
        if (Boolean.FALSE.equals(execution.getVariable("familyConsentReconfirmed"))) {
            kinds.add(CONSENT_NOT_CONFIRMED);
            evidence.add("FAMILY_CONSENT: not reconfirmed by the family at the pre-departure orientation (BP3MI)");
        }
        outcomes.close(execution, ApplicationStatus.STOPPED, TimelineEvent.RED_FLAG_RAISED,
                Timeline.Detail.subject(String.join(",", kinds)));
        redFlags.raise(application, List.copyOf(kinds), evidence, null, null);
    }
}
