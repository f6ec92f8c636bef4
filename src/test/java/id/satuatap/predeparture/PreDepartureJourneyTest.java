package id.satuatap.predeparture;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PreDepartureJourneyTest {

    @Inject HistoryService history;

    @Test
    void aCompleteApplicationGoesFromRegistrationToIdPmiThroughEveryDesk() {
        Journey journey = Journey.womanAged(25).apply("disnaker");
        journey.view("disnaker").statusCode(200).body("stage", is("REGISTRATION"))
                .body("openRequirements.code", contains("check-job-order"))
                .body("openTasks.candidateGroups.flatten()", contains("DISNAKER"));

        journey.throughPassportRecommendation();
        journey.view("disnaker").body("stage", is("DESK_SERVICES"))
                .body("openRequirements.findAll { it.kind == 'DOCUMENT' }.code",
                        containsInAnyOrder("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD"))
                .body("openRequirements.findAll { it.kind == 'STEP' }.code",
                        containsInAnyOrder("open-wage-account", "offer-counselling"));

        for (String type : List.of("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD")) {
            journey.uploadValid(type);
            journey.verify(Journey.DESK_OF.get(type), type);
        }
        journey.complete("perbankan", "open-wage-account", Map.of("bankName", "Bank BRI", "accountOpened", true));
        journey.complete("sbmi", "offer-counselling", Map.of("counselling", "DECLINED"));
        journey.complete("bp3mi", "attend-orientation", Map.of("oppCertificateNumber", "OPP-3209-771", "familyConsentReconfirmed", true));
        journey.complete("disnaker", "sign-contract",
                Map.of("contractNumber", "PK-2025-0091", "departureDate", LocalDate.now().plusDays(30).toString()));

        journey.view("disnaker").statusCode(200)
                .body("status", is("READY_TO_DEPART"))
                .body("stage", is("CLOSED"))
                .body("idPmiNumber", startsWith("PMI-"))
                .body("openRequirements", empty())
                .body("timeline.event", hasItems("SUBMITTED", "DOCUMENT_UPLOADED", "DOCUMENT_VERIFIED", "STEP_COMPLETED", "ID_PMI_ISSUED"))
                .body("timeline.find { it.subject == 'offer-counselling' }.reason", is("DECLINED"))
                .body("statusText", containsString("ID PMI"));
        as("disnaker").header("Accept-Language", "en").get("/api/v1/applications/" + journey.applicationId)
                .then().body("statusText", startsWith("You are ready to depart"));

        String instance = as("disnaker").get("/api/v1/applications/" + journey.applicationId).then().extract().path("processInstanceId");
        List<String> path = history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
        assertTrue(path.containsAll(List.of("check-job-order", "verify-identity-documents", "recommend-passport",
                "verify-desk-documents", "open-wage-account", "offer-counselling", "attend-orientation", "sign-contract",
                "check-validity-at-departure", "issue-id-pmi", "ready-to-depart")), path.toString());
    }
}
