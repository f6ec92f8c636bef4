package id.satuatap.predeparture;

import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paths of pre-departure.bpmn and document-verification.bpmn other than the happy path, through the API. */
@QuarkusTest
class PreDeparturePathsTest {

    @Inject EngineClock clock;
    @Inject HistoryService history;
    @Inject TaskService tasks;
    @Inject RedFlagProbe redFlags;

    @Inject id.satuatap.notification.WorkerEvents workerEvents;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRejectedPassportScanIsResubmittedAndAccepted() {
        Journey journey = Journey.womanAged(27).apply("disnaker").throughPassportRecommendation();
        String first = journey.uploadValid("PASSPORT");
        as("imigrasi").body(Map.of("variables", Map.of("decision", "REJECTED")))
                .post("/api/v1/tasks/" + journey.task("imigrasi", "PASSPORT") + "/complete")
                .then().statusCode(400).body("errors.field", contains("reason"));
        journey.complete("imigrasi", "PASSPORT", Map.of("decision", "REJECTED", "reason", "Scan is blurred; the photo page is unreadable"));

        journey.view("disnaker").body("status", is("IN_PROGRESS"))
                .body("openRequirements.find { it.code == 'PASSPORT' }.state", is("RESUBMISSION_NEEDED"))
                .body("openRequirements.find { it.code == 'PASSPORT' }.reason", containsString("blurred"))
                .body("statusText", containsString("blurred"))
                .body("timeline.find { it.event == 'DOCUMENT_REJECTED' }.desk", is("IMIGRASI"));
        var told = workerEvents.after(journey.worker.id(), 0, 50, java.util.Locale.ENGLISH);
        assertTrue(told.stream().anyMatch(e -> e.type().equals("DOCUMENT_REJECTED")
                && e.text().equals("Your PASSPORT document was rejected: Scan is blurred; the photo page is unreadable. Please upload it again")),
                "the worker's feed carries the rejection with its reason: " + told);

        String second = journey.uploadValid("PASSPORT");
        journey.verify("imigrasi", "PASSPORT");
        as("disnaker").get("/api/v1/applications/" + journey.applicationId + "/documents").then().statusCode(200)
                .body("items.find { it.id == '" + first + "' }.status", is("REJECTED"))
                .body("items.find { it.id == '" + second + "' }.status", is("VERIFIED"));
        journey.view("disnaker").body("openRequirements.code", not(hasItem("PASSPORT")))
                .body("timeline.findAll { it.subject == 'PASSPORT' }.event",
                        contains("DOCUMENT_UPLOADED", "DOCUMENT_REJECTED", "DOCUMENT_UPLOADED", "DOCUMENT_VERIFIED"));
    }

    @Test
    void anApplicationOfASeventeenYearOldIsRefusedAndRecorded() {
        Journey journey = Journey.womanAged(17);
        as("disnaker").body(Journey.applicationBody(journey.worker.id(), "TW", "MANUFACTURING")).post("/api/v1/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("usia minimum 18"));
        as("disnaker").queryParam("workerId", journey.worker.id()).get("/api/v1/applications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", is("REFUSED"));
        String id = as("disnaker").queryParam("workerId", journey.worker.id()).get("/api/v1/applications")
                .then().extract().path("items[0].id");
        as("disnaker").header("Accept-Language", "en").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("refusalReason", is("UNDER_MINIMUM_AGE")).body("processInstanceId", nullValue())
                .body("statusText", containsString("below the minimum age")).body("timeline.event", contains("REFUSED"));
    }

    @Test
    void aPassportWhoseBirthDateDiffersFromTheNikStopsTheApplication() {
        Journey journey = Journey.womanAged(24).apply("disnaker").throughPassportRecommendation();
        Map<String, Object> forged = journey.metadata("PASSPORT");
        forged.put("holderBirthDate", journey.worker.birthDate().minusYears(3).toString());
        journey.upload("disnaker", "PASSPORT", forged).statusCode(201)
                .body("status", is("FLAGGED"))
                .body("checks.find { it.rule == 'BIRTH_DATE_MATCH' }.passed", is(false))
                .body("checks.find { it.rule == 'BIRTH_DATE_MATCH' }.redFlag", is(true));

        String evidence = journey.view("coordinator").statusCode(200)
                .body("status", is("STOPPED")).body("stage", is("RED_FLAG_REVIEW"))
                .body("redFlags[0].kinds", contains("BIRTH_DATE_MISMATCH"))
                .body("openTasks.taskDefinitionKey", contains("review-red-flag"))
                .body("openTasks[0].candidateGroups", contains("COORDINATOR", "PENGADUAN"))
                .extract().path("redFlags[0].evidence[0]");
        assertTrue(evidence.contains("PASSPORT") && !evidence.contains(journey.worker.birthDate().toString())
                && !evidence.contains(String.valueOf(journey.worker.birthDate().getYear())), evidence);
        assertEquals(1, tasks.createTaskQuery().processInstanceBusinessKey(journey.applicationId).count(),
                "no desk task may stay open on a stopped application");
        assertEquals(List.of("BIRTH_DATE_MISMATCH"), redFlags.of(journey.applicationId).get(0).kinds());

        journey.view("disnaker").body("redFlags[0].kinds", contains("BIRTH_DATE_MISMATCH"));
        journey.upload("disnaker", "MEDICAL_CHECK", journey.metadata("MEDICAL_CHECK")).statusCode(422);
        journey.task("pengaduan", "review-red-flag");
        journey.complete("coordinator", "review-red-flag", Map.of("followUp", "CASE_OPENED"));
        journey.view("disnaker").body("status", is("STOPPED")).body("stage", is("CLOSED"));
    }

    @Test
    void aFamilyConsentSignedBySomeoneNotOnTheKkStopsTheApplication() {
        Journey journey = Journey.womanAged(23).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-1", "jobOrderValid", true));
        Map<String, Object> consent = journey.metadata("FAMILY_CONSENT");
        consent.put("signerName", "Pak Calo");
        consent.put("signerNik", "3209150101800001");
        journey.upload("disnaker", "FAMILY_CONSENT", consent).statusCode(201)
                .body("checks.find { it.rule == 'CONSENT_SIGNER_ON_KK' }.passed", is(false));
        journey.view("coordinator").body("status", is("STOPPED")).body("redFlags[0].kinds", contains("CONSENT_NOT_ON_KK"));
        assertEquals(1, redFlags.of(journey.applicationId).size());
    }

    @Test
    void aDeskThatMissesItsSlaIsRemindedThenEscalatedToTheCoordinator() {
        Journey journey = Journey.womanAged(30).apply("disnaker");
        String task = journey.task("disnaker", "check-job-order");
        as("coordinator").get("/api/v1/tasks/" + task).then().statusCode(404);

        clock.advance(Duration.ofDays(2).plusHours(1));
        clock.runDueJobs();
        journey.view("disnaker").body("timeline.event", hasItem("DESK_REMINDED"))
                .body("timeline.event", not(hasItem("DESK_ESCALATED")));
        as("coordinator").get("/api/v1/tasks/" + task).then().statusCode(404);

        clock.advance(Duration.ofDays(2));
        clock.runDueJobs();
        journey.view("disnaker").body("timeline.find { it.event == 'DESK_ESCALATED' }.subject", is("check-job-order"));
        as("coordinator").get("/api/v1/tasks").then().statusCode(200).body("items.id", hasItem(task));
        journey.complete("coordinator", "check-job-order", Map.of("jobOrderNumber", "JO-9", "jobOrderValid", true));
        journey.view("disnaker").body("stage", is("IDENTITY_DOCUMENTS"));
    }

    @Test
    void anApplicationLapsesWhenARejectedDocumentIsNotResubmittedIn30Days() {
        Journey journey = Journey.womanAged(26).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-2", "jobOrderValid", true));
        journey.uploadValid("KTP");
        journey.complete("dukcapil", "KTP", Map.of("decision", "REJECTED", "reason", "KTP photo is cut off"));

        clock.advance(Duration.ofDays(29));
        clock.runDueJobs();
        journey.view("disnaker").body("status", is("IN_PROGRESS"));
        clock.advance(Duration.ofDays(2));
        clock.runDueJobs();
        journey.view("disnaker").body("status", is("LAPSED")).body("stage", is("CLOSED"))
                .body("timeline.event", hasItem("LAPSED")).body("closedAt", notNullValue());
        assertEquals(0, tasks.createTaskQuery().processInstanceBusinessKey(journey.applicationId).count());
        assertTrue(activities(journey).contains("lapse-application"));
    }

    @Test
    void aJobOrderThatFailsTheCheckRefusesTheApplication() {
        Journey journey = Journey.womanAged(29).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-3", "jobOrderValid", false));
        journey.view("worker1").statusCode(404);
        journey.view("disnaker").body("status", is("REFUSED")).body("refusalReason", is("JOB_ORDER_INVALID"));
        assertTrue(activities(journey).contains("application-refused"));
    }

    @Test
    void aPassportThatExpiresTooSoonAfterDepartureIsRenewedBeforeTheIdPmi() {
        Journey journey = Journey.womanAged(28).apply("disnaker").throughPassportRecommendation();
        Map<String, Object> passport = journey.metadata("PASSPORT");
        passport.put("expiresOn", LocalDate.now().plusMonths(19).toString());
        journey.upload("disnaker", "PASSPORT", passport).statusCode(201);
        journey.verify("imigrasi", "PASSPORT");
        for (String type : List.of("MEDICAL_CHECK", "SKCK", "BPJS_CARD")) {
            journey.uploadValid(type);
            journey.verify(Journey.DESK_OF.get(type), type);
        }
        journey.complete("perbankan", "open-wage-account", Map.of("bankName", "Bank BNI", "accountOpened", true));
        journey.complete("sbmi", "offer-counselling", Map.of("counselling", "GIVEN"));
        journey.complete("bp3mi", "attend-orientation", Map.of("oppCertificateNumber", "OPP-1", "familyConsentReconfirmed", true));
        journey.complete("disnaker", "sign-contract",
                Map.of("contractNumber", "PK-7", "departureDate", LocalDate.now().plusMonths(2).toString()));

        journey.view("disnaker").body("stage", is("DEPARTURE_CHECK"))
                .body("timeline.find { it.event == 'DOCUMENT_EXPIRES_BEFORE_DEPARTURE' }.subject", is("PASSPORT"))
                .body("openRequirements.code", contains("PASSPORT"));
        journey.uploadValid("PASSPORT");
        journey.verify("imigrasi", "PASSPORT");
        journey.view("disnaker").body("status", is("READY_TO_DEPART"));
    }

    @Test
    void aFamilyConsentNotReconfirmedAtOrientationStopsTheApplication() {
        Journey journey = Journey.womanAged(22).apply("disnaker").throughPassportRecommendation();
        for (String type : List.of("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD")) {
            journey.uploadValid(type);
            journey.verify(Journey.DESK_OF.get(type), type);
        }
        journey.complete("perbankan", "open-wage-account", Map.of("bankName", "Bank BRI", "accountOpened", true));
        journey.complete("sbmi", "offer-counselling", Map.of("counselling", "GIVEN"));
        journey.complete("bp3mi", "attend-orientation", Map.of("oppCertificateNumber", "OPP-2", "familyConsentReconfirmed", false));
        journey.view("coordinator").body("status", is("STOPPED")).body("redFlags[0].kinds", contains("CONSENT_NOT_CONFIRMED"));
    }

    private List<String> activities(Journey journey) {
        String instance = as("disnaker").get("/api/v1/applications/" + journey.applicationId).then().extract().path("processInstanceId");
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
