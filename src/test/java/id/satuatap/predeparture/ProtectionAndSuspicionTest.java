package id.satuatap.predeparture;

import id.satuatap.casework.CaseRecord;
import id.satuatap.support.EngineClock;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refused minors open protection; desks raise suspicion; the coordinator settles red flags (issue 21). */
@QuarkusTest
class ProtectionAndSuspicionTest {

    @Inject TaskService tasks;
    @Inject EngineClock clock;

    @Test
    void aSeventeenYearOldWithHerRealNikAndASponsorIsRefusedAndProtected() {
        Journey journey = Journey.womanAged(17);
        Map<String, Object> body = Journey.applicationBody(journey.worker.id(), "MY", "PLANTATION");
        body.put("sponsor", Map.of("name", "Pak Darto", "relation", "RECRUITER", "phone", "+6281299990000",
                "placementAgencyLicense", "P3MI-2019-0042"));
        as("disnaker").body(body).post("/api/v1/applications").then().statusCode(422);
        String applicationId = as("disnaker").queryParam("workerId", journey.worker.id()).get("/api/v1/applications")
                .then().statusCode(200).extract().path("items[0].id");
        as("coordinator").get("/api/v1/applications/" + applicationId).then().statusCode(200)
                .body("status", is("REFUSED")).body("refusalReason", is("UNDER_MINIMUM_AGE"))
                .body("redFlags", hasSize(1)).body("redFlags[0].kinds", contains("UNDERAGE"));

        List<String> cases = casesOf(applicationId);
        assertEquals(1, cases.size(), "one protection case");
        for (String reader : List.of("coordinator", "pengaduan")) {
            as(reader).get("/api/v1/cases/" + cases.get(0)).then().statusCode(200)
                    .body("category", is("TRAFFICKING")).body("urgent", is(true))
                    .body("traffickingIndicators", hasItem("UNDERAGE"))
                    .body("worker.fullName", is("Siti Nur Aminah"))
                    .body("sponsor.name", is("Pak Darto")).body("sponsor.relation", is("RECRUITER"))
                    .body("sponsor.phone", is("+6281299990000")).body("sponsor.placementAgencyLicense", is("P3MI-2019-0042"));
        }
        as("perbankan").get("/api/v1/cases/" + cases.get(0)).then().statusCode(404);
    }

    @Test
    void anAdultWithConsistentDocumentsGetsNoRedFlagNorCase() {
        Journey journey = Journey.womanAged(25);
        Map<String, Object> body = Journey.applicationBody(journey.worker.id(), "TW", "MANUFACTURING");
        body.put("sponsor", Map.of("name", "Ibu Sari", "relation", "FAMILY"));
        journey.applicationId = as("disnaker").body(body).post("/api/v1/applications").then().statusCode(201).extract().path("id");
        journey.throughPassportRecommendation();
        journey.view("coordinator").body("status", is("IN_PROGRESS")).body("redFlags", empty());
        assertTrue(casesOf(journey.applicationId).isEmpty());
    }

    @Test
    void aSponsorNeedsANameAndAKnownRelation() {
        Journey journey = Journey.womanAged(25);
        Map<String, Object> body = Journey.applicationBody(journey.worker.id(), "TW", "MANUFACTURING");
        body.put("sponsor", Map.of("name", "Pak Darto", "relation", "UNCLE"));
        as("disnaker").body(body).post("/api/v1/applications").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("relation")));
    }

    @Test
    void aDesksSuspectedForgeryStopsTheApplicationAndAnUnfoundedFlagResumesItAtTheSameStep() {
        Journey journey = Journey.womanAged(27).apply("disnaker").throughPassportRecommendation();
        journey.uploadValid("PASSPORT");
        as("imigrasi").body(Map.of("variables", Map.of("decision", "SUSPECTED_FORGERY")))
                .post("/api/v1/tasks/" + journey.task("imigrasi", "PASSPORT") + "/complete")
                .then().statusCode(400).body("errors.field", contains("reason"));
        journey.complete("imigrasi", "PASSPORT", Map.of("decision", "SUSPECTED_FORGERY",
                "reason", "Laminate lifted at the photo page"));

        String flag = journey.view("coordinator").body("status", is("STOPPED"))
                .body("redFlags[0].kinds", contains("SUSPECTED_FORGERY"))
                .body("redFlags[0].raisedBy", is("imigrasi"))
                .body("redFlags[0].reason", is("Laminate lifted at the photo page"))
                .extract().path("redFlags[0].id");
        journey.view("worker1").statusCode(404);
        List<String> cases = casesOf(journey.applicationId);
        assertEquals(1, cases.size());
        as("pengaduan").get("/api/v1/cases/" + cases.get(0)).then().statusCode(200)
                .body("traffickingIndicators", hasItem("SUSPECTED_FORGERY"));
        // Paused: the other desks' work waits too, and a task held open in a client cannot be completed.
        as("perbankan").queryParam("businessKey", journey.applicationId).get("/api/v1/tasks").then().body("items", empty());
        String wageAccount = tasks.createTaskQuery().processInstanceBusinessKey(journey.applicationId)
                .taskDefinitionKey("open-wage-account").singleResult().getId();
        as("perbankan").body(Map.of("variables", Map.of("bankName", "Bank BNI", "accountOpened", true)))
                .post("/api/v1/tasks/" + wageAccount + "/complete").then().statusCode(422);

        Map<String, Object> unfounded = Map.of("outcome", "UNFOUNDED", "reason", "The original passport was checked again: genuine");
        as("imigrasi").body(unfounded).post("/api/v1/red-flags/" + flag + "/resolution").then().statusCode(403);
        as("coordinator").body(Map.of("outcome", "UNFOUNDED")).post("/api/v1/red-flags/" + flag + "/resolution")
                .then().statusCode(400).body("errors.field", contains("reason"));
        as("coordinator").body(unfounded).post("/api/v1/red-flags/unknown/resolution").then().statusCode(404);
        as("coordinator").body(unfounded).post("/api/v1/red-flags/" + flag + "/resolution").then().statusCode(200)
                .body("resolution", is("UNFOUNDED")).body("applicationStatus", is("IN_PROGRESS"));
        as("coordinator").body(unfounded).post("/api/v1/red-flags/" + flag + "/resolution").then().statusCode(409);

        journey.view("disnaker").body("status", is("IN_PROGRESS")).body("stage", is("DESK_SERVICES"))
                .body("redFlags[0].resolution", is("UNFOUNDED"))
                .body("timeline.event", hasItem("RED_FLAG_RESOLVED"));
        journey.verify("imigrasi", "PASSPORT");
        journey.complete("perbankan", "open-wage-account", Map.of("bankName", "Bank BNI", "accountOpened", true));
        as("disnaker").get("/api/v1/applications/" + journey.applicationId + "/documents").then()
                .body("items.find { it.type == 'PASSPORT' }.status", is("VERIFIED"));

        // Triage closes the case the flag opened as unfounded.
        String triage = as("pengaduan").queryParam("businessKey", cases.get(0)).get("/api/v1/tasks").then().statusCode(200)
                .extract().path("items.find { it.taskDefinitionKey == 'triage-case' }.id");
        as("pengaduan").body(Map.of("variables", Map.of("category", "TRAFFICKING", "urgent", false, "legalService", "NONE",
                "unfounded", true))).post("/api/v1/tasks/" + triage + "/complete").then().statusCode(204);
        as("coordinator").get("/api/v1/cases/" + cases.get(0)).then().statusCode(200)
                .body("status", is("CLOSED")).body("outcome", is("UNFOUNDED"));
    }

    @Test
    void aConfirmedTraffickingSuspicionEndsTheApplication() {
        Journey journey = Journey.womanAged(23).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-31", "jobOrderValid", true));
        journey.uploadValid("FAMILY_CONSENT");
        journey.complete("disnaker", "FAMILY_CONSENT", Map.of("decision", "TRAFFICKING_INDICATORS",
                "reason", "A man who is not on the KK answers every question for her"));
        String flag = journey.view("coordinator").body("status", is("STOPPED"))
                .body("redFlags[0].kinds", contains("TRAFFICKING_INDICATORS")).extract().path("redFlags[0].id");
        String resolve = as("coordinator").queryParam("businessKey", journey.applicationId).get("/api/v1/tasks").then()
                .statusCode(200).extract().path("items.find { it.taskDefinitionKey == 'resolve-red-flag' }.id");
        // The task list's own completion settles the flag as the resolution endpoint would.
        as("coordinator").body(Map.of("variables", new HashMap<>(Map.of("flagOutcome", "CONFIRMED",
                "resolutionReason", "The family confirmed the recruiter paid them")))).post("/api/v1/tasks/" + resolve + "/complete")
                .then().statusCode(204);
        clock.runDueJobs();
        journey.view("coordinator").body("status", is("STOPPED")).body("stage", is("CLOSED"))
                .body("closedAt", notNullValue()).body("redFlags[0].resolution", is("CONFIRMED"))
                .body("redFlags[0].id", is(flag));
        as("coordinator").queryParam("businessKey", journey.applicationId).get("/api/v1/tasks").then().body("items", empty());
    }

    private static List<String> casesOf(String applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseRecord.<CaseRecord>list("sourceApplicationId", applicationId)
                .stream().map(c -> c.id).toList());
    }
}
