package id.satuatap.predeparture;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every row of the two decision tables, through the deployed models. */
@QuarkusTest
class PlacementEligibilityTest {

    @Inject DecisionService decisions;
    @Inject Eligibility eligibility;

    @ParameterizedTest(name = "{0} {1} age {2} {3} -> {4} {5} {6}")
    @CsvSource({
            // rule-under-18, also before a closed destination (first match wins)
            "TW, MANUFACTURING, 17, P3MI, false, UNDER_MINIMUM_AGE, 18, UNDERAGE",
            "SA, DOMESTIC_WORK, 17, P3MI, false, UNDER_MINIMUM_AGE, 18, UNDERAGE",
            // rule-domestic-work-middle-east
            "SA, DOMESTIC_WORK, 30, P3MI, false, DESTINATION_CLOSED_FOR_SECTOR, 18, ",
            "AE, DOMESTIC_WORK, 30, MANDIRI, false, DESTINATION_CLOSED_FOR_SECTOR, 18, ",
            // rule-domestic-work-minimum-age
            "HK, DOMESTIC_WORK, 20, P3MI, false, UNDER_SECTOR_MINIMUM_AGE, 21, ",
            // rule-caregiving-minimum-age
            "TW, CAREGIVING, 19, P3MI, false, UNDER_SECTOR_MINIMUM_AGE, 21, ",
            // rule-eligible, including a G-to-G placement that the Middle-East closure does not cover
            "HK, DOMESTIC_WORK, 21, P3MI, true, ELIGIBLE, 18, ",
            "SA, DOMESTIC_WORK, 30, G_TO_G, true, ELIGIBLE, 18, ",
            "KR, MANUFACTURING, 18, G_TO_G, true, ELIGIBLE, 18, ",
    })
    void placementEligibilityRows(String country, String sector, int age, PlacementScheme scheme, boolean eligible,
                                  String reason, int minimumAge, String protectionConcern) {
        assertEquals(new Eligibility.Verdict(eligible, reason, minimumAge, protectionConcern),
                eligibility.decide(country, sector, age, scheme, "32"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "KTP, DUKCAPIL", "KK, DUKCAPIL", "BIRTH_CERTIFICATE, DUKCAPIL", "PASSPORT, IMIGRASI", "SKCK, POLRI",
            "MEDICAL_CHECK, KESEHATAN", "BPJS_CARD, BPJS", "FAMILY_CONSENT, DISNAKER", "EMPLOYMENT_CONTRACT, DISNAKER"})
    void documentDeskRows(String documentType, String desk) {
        var result = decisions.evaluateDecisionTableByKey("document-desk",
                Variables.createVariables().putValue("documentType", documentType));
        assertEquals(desk, result.getSingleResult().getSingleEntry());
    }
}
