package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/** Asks the placement-eligibility decision table (bpmn/placement-eligibility.dmn); the rules live there, not here. */
@ApplicationScoped
public class Eligibility {

    public static final String DECISION_KEY = "placement-eligibility";

    @Inject DecisionService decisions;

    /**
     * @param reason            a code of the table, e.g. {@code UNDER_MINIMUM_AGE}
     * @param protectionConcern the red-flag kind the table attaches to a refusal that must open a protection case
     *                          (e.g. {@code UNDERAGE}); null when the refusal is only a refusal
     */
    public record Verdict(boolean eligible, String reason, int minimumAge, String protectionConcern) {
    }

    /** @param originProvince 2-digit region code of the worker's home province (provincial moratoria are rows) */
    public Verdict decide(String destinationCountry, String sector, int age, PlacementScheme scheme, String originProvince) {
        var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                .putValue("destinationCountry", destinationCountry)
                .putValue("sector", sector)
                .putValue("age", age)
                .putValue("scheme", scheme.name())
                .putValue("originProvince", originProvince)).getSingleResult();
        // An empty cell of the table is no entry at all, not a null one.
        String concern = (String) result.getEntryMap().get("protectionConcern");
        return new Verdict(Boolean.TRUE.equals(result.getEntry("eligible")), result.getEntry("reason"),
                ((Number) result.getEntry("minimumAge")).intValue(), concern == null || concern.isBlank() ? null : concern);
    }
}
