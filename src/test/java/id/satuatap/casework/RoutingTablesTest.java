package id.satuatap.casework;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every row of the routing tables (case-routing.dmn, legal-aid-routing.dmn), through the deployed decisions. */
@QuarkusTest
class RoutingTablesTest {

    @Inject DecisionService decisions;

    @ParameterizedTest(name = "{0} {1} trafficking={2} legal={3} -> {4}")
    @CsvSource({
            "NON_PROCEDURAL_DEPARTURE, PRE_DEPARTURE, false, NONE, CASE_ADVOCACY",
            "ILLNESS, ABROAD, false, NONE, CONSULAR_ASSISTANCE MEDICAL_CARE",
            "OVERSTAY, ABROAD, false, NONE, CONSULAR_ASSISTANCE REPATRIATION",
            "OVERSTAY, RETURNED, false, NONE, ECONOMIC_REINTEGRATION",
            "UNPAID_WAGES, RETURNED, false, NONE, CASE_ADVOCACY",
            "SEXUAL_ABUSE, RETURNED, false, NONE, PSYCHOSOCIAL_SUPPORT SHELTER ECONOMIC_REINTEGRATION PSYCHOSOCIAL_REINTEGRATION",
            "DEATH_ABROAD, ABROAD, false, NONE, CONSULAR_ASSISTANCE RETURN_OF_REMAINS",
            "TRAFFICKING, ABROAD, true, NONE, CONSULAR_ASSISTANCE REPATRIATION PSYCHOSOCIAL_SUPPORT SHELTER INVESTIGATION",
            "TRAFFICKING, RETURNED, true, NONE, PSYCHOSOCIAL_SUPPORT SHELTER INVESTIGATION ECONOMIC_REINTEGRATION PSYCHOSOCIAL_REINTEGRATION",
            "VIOLENCE_BY_EMPLOYER, ABROAD, false, NONE, CONSULAR_ASSISTANCE PSYCHOSOCIAL_SUPPORT SHELTER",
            "ILLNESS, RETURNED, false, NONE, MEDICAL_CARE",
            "JOB_FRAUD, PRE_DEPARTURE, true, NONE, CASE_ADVOCACY INVESTIGATION",
            "WANTS_REPATRIATION, RETURNED, false, MEDIATION, LEGAL_AID ECONOMIC_REINTEGRATION",
            "TRAFFICKING, PRE_DEPARTURE, true, LITIGATION, PSYCHOSOCIAL_SUPPORT SHELTER INVESTIGATION LEGAL_AID"})
    void servicesACaseNeeds(String category, String stage, boolean trafficking, String legalService, String expected) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", category);
        inputs.put("stage", stage);
        inputs.put("traffickingSuspected", trafficking);
        inputs.put("legalService", legalService);
        DmnDecisionResult result = decisions.evaluateDecisionByKey("case-routing").variables(inputs).evaluate();
        assertEquals(words(expected), Set.copyOf(result.collectEntries("service")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "CASE_ADVOCACY, MALE, UNION:1 BP2MI:2",
            "CONSULAR_ASSISTANCE, FEMALE, EMBASSY:1 BP2MI:2",
            "REPATRIATION, MALE, BP2MI:1 EMBASSY:2",
            "PSYCHOSOCIAL_SUPPORT, FEMALE, WOMENS_CRISIS_CENTRE:1 SOCIAL_SERVICE:2 UNION:3",
            "PSYCHOSOCIAL_SUPPORT, MALE, SOCIAL_SERVICE:2 UNION:3",
            "MEDICAL_CARE, FEMALE, HEALTH:1",
            "INVESTIGATION, MALE, POLICE:1",
            "SHELTER, FEMALE, WOMENS_CRISIS_CENTRE:1 SHELTER:2 SOCIAL_SERVICE:3",
            "SHELTER, MALE, SHELTER:2 SOCIAL_SERVICE:3",
            "RETURN_OF_REMAINS, MALE, BP2MI:1 EMBASSY:2",
            "ECONOMIC_REINTEGRATION, FEMALE, UNION:1 SOCIAL_SERVICE:2",
            "PSYCHOSOCIAL_REINTEGRATION, FEMALE, WOMENS_CRISIS_CENTRE:1 SOCIAL_SERVICE:2 UNION:3",
            "PSYCHOSOCIAL_REINTEGRATION, MALE, SOCIAL_SERVICE:2 UNION:3",
            "LEGAL_AID, FEMALE, ''"})
    void partnerKindsForAService(String service, String sex, String expected) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("service", service);
        inputs.put("sex", sex);
        inputs.put("stage", "RETURNED");
        assertEquals(words(expected), ranked(decisions.evaluateDecisionByKey("service-providers").variables(inputs).evaluate()));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "FEMALE, ABROAD, EMBASSY:4",
            "FEMALE, PRE_DEPARTURE, WOMENS_CRISIS_CENTRE:1 SHELTER:2 SOCIAL_SERVICE:3"})
    void aShelterIsWhereThePersonIsNow(String sex, String stage, String expected) {
        assertEquals(words(expected), ranked(decisions.evaluateDecisionByKey("service-providers")
                .variables(Map.of("service", "SHELTER", "sex", sex, "stage", stage)).evaluate()));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource({
            "SEXUAL_ABUSE, RETURNED, FEMALE, LEGAL_ADVICE, WOMENS_CRISIS_CENTRE:1 LEGAL_AID:2",
            "VIOLENCE_BY_EMPLOYER, RETURNED, FEMALE, ACCOMPANIMENT, WOMENS_CRISIS_CENTRE:1 LEGAL_AID:2",
            "SEXUAL_ABUSE, RETURNED, MALE, LEGAL_ADVICE, LEGAL_AID:2",
            "VIOLENCE_BY_EMPLOYER, ABROAD, FEMALE, MEDIATION, LEGAL_AID:2 EMBASSY:3",
            "UNPAID_WAGES, RETURNED, MALE, ACCOMPANIMENT, LEGAL_AID:2 UNION:3",
            "TRAFFICKING, PRE_DEPARTURE, FEMALE, LITIGATION, LEGAL_AID:2 LPSK:3",
            "TRAFFICKING, PRE_DEPARTURE, FEMALE, LEGAL_ADVICE, LEGAL_AID:2",
            "UNPAID_WAGES, ABROAD, FEMALE, NONE, ''"})
    void legalAidPartnerKinds(String category, String stage, String sex, String legalService, String expected) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", category);
        inputs.put("stage", stage);
        inputs.put("sex", sex);
        inputs.put("legalService", legalService);
        assertEquals(words(expected), ranked(decisions.evaluateDecisionByKey("legal-aid-routing").variables(inputs).evaluate()));
    }

    private static Set<String> ranked(DmnDecisionResult result) {
        return result.getResultList().stream().map(row -> row.get("partnerKind") + ":" + row.get("priority"))
                .collect(Collectors.toSet());
    }

    private static Set<String> words(String text) {
        return text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.trim().split("\\s+")));
    }
}
