package id.satuatap.casework;

import id.satuatap.support.EngineClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.casework.CaseFixtures.*;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class CaseApiTest {

    @Inject EngineClock clock;
    @Inject CaseJobs jobs;
    @Inject HistoryService history;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String wageComplaintInMalaysia() {
        String caseId = file("pengaduan", caseBody(registeredMan(), "ABROAD", "MY", "UNPAID_WAGES"));
        triage(caseId, "UNPAID_WAGES", false, "NONE");
        return caseId;
    }

    @Test
    void aWageComplaintFromMalaysiaIsReferredToTheUnionAndTheEmbassy() {
        String caseId = wageComplaintInMalaysia();
        JsonPath file = read("pengaduan", caseId);
        assertEquals("IN_PROGRESS", file.getString("status"));
        assertEquals(Map.of("SBMI", "CASE_ADVOCACY", "KBRI_KUALA_LUMPUR", "CONSULAR_ASSISTANCE"),
                toMap(file.getList("referrals.partnerCode"), file.getList("referrals.service")));
        assertEquals(List.of("OFFERED", "OFFERED"), file.getList("referrals.status"));
        assertTrue(file.getList("timeline.step").containsAll(List.of("REPORTED", "CONSENT_RECORDED", "TRIAGED", "REFERRAL_OFFERED")));
        assertEquals("pengaduan", file.getString("timeline.find { it.step == 'TRIAGED' }.actor"));
        assertEquals(List.of("SBMI"), file.getList("openTasks.findAll { it.taskDefinitionKey == 'answer-referral' && it.candidateGroups.contains('SBMI') }.candidateGroups[0]"));
        String sbmiReferral = referral(caseId, "SBMI", "CASE_ADVOCACY");
        as("sbmi").queryParam("status", "OFFERED").get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", hasItem(sbmiReferral));
        as("wcc").get("/api/v1/referrals").then().statusCode(200).body("items.id", not(hasItem(sbmiReferral)));
    }

    @Test
    void aDeclinedReferralMovesToTheNextEligiblePartner() {
        String caseId = wageComplaintInMalaysia();
        String sbmiReferral = referral(caseId, "SBMI", "CASE_ADVOCACY");
        as("sbmi").body(Map.of()).post("/api/v1/referrals/" + sbmiReferral + "/decline").then().statusCode(400)
                .body("errors.field", contains("reason"));
        as("wcc").body(Map.of("reason", "x")).post("/api/v1/referrals/" + sbmiReferral + "/decline").then().statusCode(404);
        as("pengaduan").body(Map.of("reason", "x")).post("/api/v1/referrals/" + sbmiReferral + "/decline").then().statusCode(403);
        as("sbmi").body(Map.of("reason", "No caseworker free this month")).post("/api/v1/referrals/" + sbmiReferral + "/decline")
                .then().statusCode(200).body("status", is("DECLINED")).body("answeredBy", is("sbmi"));
        as("sbmi").post("/api/v1/referrals/" + sbmiReferral + "/accept").then().statusCode(409);

        JsonPath file = read("pengaduan", caseId);
        assertEquals("OFFERED", file.getString("referrals.find { it.partnerCode == 'BP2MI_CRISIS' && it.service == 'CASE_ADVOCACY' }.status"));
        assertEquals("No caseworker free this month", file.getString("referrals.find { it.id == '" + sbmiReferral + "' }.declineReason"));
        assertEquals("sbmi", file.getString("timeline.find { it.step == 'REFERRAL_DECLINED' }.actor"));

        // The engine's history names the partner user who answered, and its operation log has the answer once.
        String instance = QuarkusTransaction.requiringNew()
                .call(() -> Referral.<Referral>findById(sbmiReferral).processInstanceId);
        HistoricTaskInstance answer = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey(ReferralDesk.ANSWER_TASK).taskAssignee("sbmi").finished().singleResult();
        assertEquals("sbmi", history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(ReferralDesk.ANSWER_TASK).list().stream()
                .filter(a -> answer.getId().equals(a.getTaskId())).findFirst().orElseThrow().getAssignee());
        assertEquals(List.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE), history.createUserOperationLogQuery()
                .taskId(answer.getId()).list().stream().map(UserOperationLogEntry::getOperationType).toList());
    }

    @Test
    void aReferralLeftUnansweredPastItsSlaMovesOn() {
        String caseId = wageComplaintInMalaysia();
        String embassyReferral = referral(caseId, "KBRI_KUALA_LUMPUR", "CONSULAR_ASSISTANCE");
        clock.advance(Duration.ofHours(47));
        assertEquals(0, jobs.runDue(caseId));
        assertEquals("OFFERED", read("admin", caseId).getString("referrals.find { it.id == '" + embassyReferral + "' }.status"));

        clock.advance(Duration.ofHours(2));
        assertEquals(2, jobs.runDue(caseId), "both chains' offers expire: the union's and the embassy's");
        JsonPath file = read("admin", caseId);
        assertEquals("EXPIRED", file.getString("referrals.find { it.id == '" + embassyReferral + "' }.status"));
        assertEquals("OFFERED", file.getString("referrals.find { it.partnerCode == 'BP2MI_CRISIS' && it.service == 'CONSULAR_ASSISTANCE' }.status"));
        assertEquals("system", file.getString("timeline.find { it.step == 'REFERRAL_EXPIRED' }.actor"));
    }

    @Test
    void withNobodyEligibleTheCoordinatorArrangesTheReferral() {
        Map<String, Object> body = caseBody(null, "ABROAD", "JP", "UNPAID_WAGES");
        body.put("worker", Map.of("fullName", "Dewi Lestari", "sex", "FEMALE"));
        body.put("regencyCode", "1101");
        String caseId = file("pengaduan", body);
        triage(caseId, "UNPAID_WAGES", false, "NONE");

        assertEquals(List.of(), read("pengaduan", caseId).getList("referrals"));
        List<String> arrange = as("coordinator").queryParam("businessKey", caseId).get("/api/v1/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.taskDefinitionKey == 'arrange-referral' }.id");
        assertEquals(2, arrange.size(), "one per service: case advocacy and consular assistance");
        complete("coordinator", arrange.get(0), Map.of("arrangement", "Called the consulate in Osaka"));
        JsonPath file = read("coordinator", caseId);
        assertEquals(List.of("Called the consulate in Osaka"), file.getList("notes.text"));
        assertEquals(2, file.getList("timeline.findAll { it.step == 'REFERRAL_ESCALATED' }").size());
        assertEquals(1, file.getList("timeline.findAll { it.step == 'REFERRAL_ARRANGED' }").size());
    }

    @Test
    void sexualAbuseOfAWomanGoesToTheWomensCrisisCentreFirst() {
        ownWorkerRecord("worker1");
        Map<String, Object> body = new HashMap<>();
        body.put("reporter", Map.of("type", "WORKER"));
        body.put("stage", "RETURNED");
        body.put("category", "SEXUAL_ABUSE");
        body.put("description", "Abused by the employer's son; came home last week.");
        body.put("consent", Map.of("shareWithPartners", true, "shareWithAuthorities", false));
        String caseId = file("worker1", body);
        assertEquals("MOBILE_APP", read("pengaduan", caseId).getString("channel"));
        triage(caseId, "SEXUAL_ABUSE", false, "LEGAL_ADVICE");

        JsonPath file = read("pengaduan", caseId);
        assertEquals("WCC", file.getString("referrals.find { it.service == 'LEGAL_ADVICE' }.partnerCode"));
        assertEquals("WCC", file.getString("referrals.find { it.service == 'PSYCHOSOCIAL_SUPPORT' }.partnerCode"));

        as("wcc").body(Map.of("reason", "Our lawyer is on leave")).post("/api/v1/referrals/"
                + referral(caseId, "WCC", "LEGAL_ADVICE") + "/decline").then().statusCode(200);
        assertEquals("OFFERED", read("pengaduan", caseId).getString("referrals.find { it.partnerCode == 'LBH' }.status"));
    }

    @Test
    void anUrgentCaseReachesTheCoordinatorAtOnce() {
        String caseId = file("pengaduan", caseBody(registeredMan(), "ABROAD", "MY", "VIOLENCE_BY_EMPLOYER"));
        Instant triaged = Instant.now();
        triage(caseId, "VIOLENCE_BY_EMPLOYER", true, "NONE");

        JsonPath tasks = as("coordinator").queryParam("businessKey", caseId).get("/api/v1/tasks").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("coordinate-urgent-response"), tasks.getList("items.taskDefinitionKey"));
        assertEquals(List.of("COORDINATOR", "KBRI_KUALA_LUMPUR"), tasks.getList("items[0].candidateGroups"));
        Instant due = Instant.parse(tasks.getString("items[0].due"));
        assertTrue(!due.isBefore(triaged.plus(Duration.ofHours(4)).minusSeconds(5)) && due.isBefore(triaged.plus(Duration.ofHours(4)).plusSeconds(60)),
                "due within the urgent response time: " + due);
        assertTrue(read("pengaduan", caseId).getBoolean("urgent"));

        complete("coordinator", tasks.getString("items[0].id"), Map.of("actionTaken", "Embassy shelter informed", "personSafe", true));
        JsonPath file = read("coordinator", caseId);
        assertEquals("coordinator", file.getString("timeline.find { it.step == 'URGENT_RESPONSE' }.actor"));
        assertTrue(file.getList("referrals.service").contains("PSYCHOSOCIAL_SUPPORT"));
    }

    @Test
    void aPartnerSeesACaseOnlyFromItsFirstReferralOnAndOnlyWhatTheConsentAllows() {
        Map<String, Object> body = caseBody(registeredMan(), "RETURNED", null, "UNPAID_WAGES");
        body.put("consent", Map.of("shareWithPartners", false, "shareWithAuthorities", true));
        String caseId = file("pengaduan", body);
        as("sbmi").get("/api/v1/cases/" + caseId).then().statusCode(404);
        as("sbmi").get("/api/v1/cases").then().statusCode(200).body("items.id", not(hasItem(caseId)));
        triage(caseId, "UNPAID_WAGES", false, "NONE");

        as("sbmi").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("identityWithheld", is(true)).body("worker.fullName", nullValue()).body("worker.nik", nullValue())
                .body("workerId", nullValue()).body("reporter.name", nullValue()).body("category", is("UNPAID_WAGES"))
                .body("$", not(hasKey("notes")));
        as("sbmi").get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem(caseId));
        as("wcc").get("/api/v1/cases/" + caseId).then().statusCode(404);
        as("disnaker").get("/api/v1/cases/" + caseId).then().statusCode(404);
        as("pengaduan").get("/api/v1/cases/" + caseId).then().statusCode(200).body("worker.fullName", is("Budi Santoso"));
    }

    @Test
    void notesAreForStaffAndPartnersThatAcceptedNeverForTheWorker() {
        String worker = ownWorkerRecord("worker2");
        Map<String, Object> body = caseBody(worker, "RETURNED", null, "UNPAID_WAGES");
        String caseId = file("pengaduan", body);
        triage(caseId, "UNPAID_WAGES", false, "NONE");
        Map<String, String> note = Map.of("text", "Employer agreed to a meeting on Monday");
        as("sbmi").body(note).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(403);
        as("sbmi").post("/api/v1/referrals/" + referral(caseId, "SBMI", "CASE_ADVOCACY") + "/accept").then().statusCode(200)
                .body("status", is("ACCEPTED"));
        as("sbmi").body(note).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201).body("author", is("sbmi"));
        as("wcc").body(note).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(404);
        as("worker2").body(note).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(403);
        as("pengaduan").body(Map.of("text", " ")).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(400);

        as("pengaduan").get("/api/v1/cases/" + caseId).then().statusCode(200).body("notes.text", hasItem(note.get("text")));
        as("worker2").get("/api/v1/cases/" + caseId).then().statusCode(200).body("$", not(hasKey("notes")))
                .body("worker.fullName", is("Siti Aminah"));
    }

    @Test
    void aWorkerSeesTheirOwnCasesAndNotOthers() {
        String own = ownWorkerRecord("worker1");
        String other = ownWorkerRecord("worker2");
        String ownCase = file("pengaduan", caseBody(own, "RETURNED", null, "JOB_FRAUD"));
        String otherCase = file("pengaduan", caseBody(other, "RETURNED", null, "JOB_FRAUD"));
        as("worker1").get("/api/v1/cases/" + ownCase).then().statusCode(200).body("$", not(hasKey("openTasks")));
        as("worker1").get("/api/v1/cases/" + otherCase).then().statusCode(404);
        as("worker1").get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(ownCase)).body("items.id", not(hasItem(otherCase)));
        as("worker1").get("/api/v1/referrals").then().statusCode(403);
    }

    @Test
    void aWorkerAccountFilesForItselfOrAsFamilyButNotForAnotherRecord() {
        ownWorkerRecord("worker1");
        String other = ownWorkerRecord("worker2");
        Map<String, Object> body = caseBody(other, "ABROAD", "SA", "LOST_CONTACT");
        body.remove("channel");
        as("worker1").body(body).post("/api/v1/cases").then().statusCode(403);

        body.put("reporter", Map.of("type", "FAMILY", "name", "Rohmat"));
        as("worker1").body(body).post("/api/v1/cases").then().statusCode(403);
        body.remove("workerId");
        body.put("worker", Map.of("fullName", "Wati", "sex", "FEMALE"));
        String familyCase = file("worker1", body);
        as("worker1").get("/api/v1/cases/" + familyCase).then().statusCode(200).body("reporter.type", is("FAMILY"))
                .body("worker.fullName", is("Wati"));
        as("worker2").get("/api/v1/cases/" + familyCase).then().statusCode(404);

        body.put("channel", "HOTLINE");
        as("worker1").body(body).post("/api/v1/cases").then().statusCode(400).body("errors.field", contains("channel"));
        body.put("reporter", Map.of("type", "STAFF"));
        body.remove("channel");
        as("worker1").body(body).post("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void intakeRefusesIncompleteReports() {
        Map<String, Object> body = caseBody(null, "ABROAD", null, "UNPAID_WAGES");
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400).body("errors.field", hasItem("worker"));
        body.put("worker", Map.of("fullName", "Dewi", "sex", "FEMALE"));
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400).body("errors.field", contains("country"));
        body.put("workerId", "no-such-worker");
        body.put("country", "MY");
        body.remove("worker");
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400).body("errors.field", contains("workerId"));
        body.remove("workerId");
        body.put("worker", Map.of("fullName", "Dewi", "sex", "UNKNOWN"));
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400).body("errors.field", contains("worker.sex"));
        body.put("worker", Map.of("fullName", "Dewi", "sex", "FEMALE"));
        body.remove("consent");
        body.put("category", "NOT_A_CATEGORY");
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400);
        as("pengaduan").queryParam("status", "NOPE").get("/api/v1/cases").then().statusCode(400)
                .body("errors.field", contains("status"));
        as("pengaduan").get("/api/v1/cases/no-such-case").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aResentReportOpensOneCase() {
        Map<String, Object> body = caseBody(registeredMan(), "RETURNED", null, "JOB_FRAUD");
        String key = java.util.UUID.randomUUID().toString();
        String first = as("pengaduan").header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
        as("pengaduan").header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201)
                .body("id", is(first));
    }

    @Test
    void aClosedCaseCanBeReopened() {
        String caseId = file("pengaduan", caseBody(registeredMan(), "RETURNED", null, "UNPAID_WAGES"));
        triage(caseId, "UNPAID_WAGES", false, "NONE");
        acceptAndDeliver("sbmi", referral(caseId, "SBMI", "CASE_ADVOCACY"));
        complete("pengaduan", task("pengaduan", caseId, "follow-up-case"),
                Map.of("followUpNote", "Employer paid half", "readyToClose", false));
        complete("pengaduan", task("pengaduan", caseId, "follow-up-case"),
                Map.of("followUpNote", "Employer paid the rest", "readyToClose", true));
        String close = task("pengaduan", caseId, "close-case");
        as("pengaduan").body(Map.of("variables", Map.of("outcome", "WAGES_RECOVERED"))).post("/api/v1/tasks/" + close + "/complete")
                .then().statusCode(400).body("errors.field", contains("wagesRecovered"));
        as("pengaduan").post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(422);
        complete("pengaduan", close, Map.of("outcome", "WAGES_RECOVERED", "wagesRecovered", 24_000_000));
        as("pengaduan").get("/api/v1/cases/" + caseId).then().statusCode(200).body("status", is("CLOSED"))
                .body("outcome", is("WAGES_RECOVERED")).body("wagesRecovered", is(24_000_000));
        as("pengaduan").queryParam("status", "CLOSED").queryParam("category", "UNPAID_WAGES").get("/api/v1/cases")
                .then().statusCode(200).body("items.id", hasItem(caseId));

        as("worker1").post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(403);
        as("disnaker").post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(404);
        as("pengaduan").post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(200).body("status", is("IN_PROGRESS"));
        JsonPath file = read("pengaduan", caseId);
        assertNull(file.get("outcome"));
        assertEquals("pengaduan", file.getString("timeline.find { it.step == 'REOPENED' }.actor"));
        task("pengaduan", caseId, "follow-up-case");
    }

    /** A wage complaint SBMI took on, followed up once and closed as resolved. */
    private static String resolvedCase() {
        String caseId = file("pengaduan", caseBody(registeredMan(), "RETURNED", null, "UNPAID_WAGES"));
        triage(caseId, "UNPAID_WAGES", false, "NONE");
        acceptAndDeliver("sbmi", referral(caseId, "SBMI", "CASE_ADVOCACY"));
        complete("pengaduan", task("pengaduan", caseId, "follow-up-case"), Map.of("followUpNote", "Paid", "readyToClose", true));
        complete("pengaduan", task("pengaduan", caseId, "close-case"), Map.of("outcome", "RESOLVED"));
        return caseId;
    }

    @Test
    void aCaseReopenedWithNewFactsGoesBackToTriageAndIsReferredAgain() {
        String caseId = resolvedCase();
        as("pengaduan").queryParam("retriage", "yes").post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("retriage"));
        as("pengaduan").queryParam("retriage", true).post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(200)
                .body("status", is("OPEN"));
        JsonPath file = read("pengaduan", caseId);
        assertEquals("OPEN", file.getString("status"));
        assertEquals("retriage", file.getString("timeline.find { it.step == 'REOPENED' }.detail"));
        triage(caseId, "UNPAID_WAGES", false, "NONE");
        assertEquals(List.of("DELIVERED", "OFFERED"), read("admin", caseId)
                .getList("referrals.findAll { it.partnerCode == 'SBMI' }.status"), "the new triage refers the case again");
    }

    @Test
    void aReopeningWithoutContentTypeOrFlagGoesBackToFollowUp() {
        String caseId = resolvedCase();
        RestAssured.given().auth().preemptive().basic("pengaduan", "demo")
                .post("/api/v1/cases/" + caseId + "/reopen").then().statusCode(200).body("status", is("IN_PROGRESS"));
        task("pengaduan", caseId, "follow-up-case");
    }

    @Test
    void everyReadOfACaseByStaffOrPartnerIsAudited() {
        String caseId = wageComplaintInMalaysia();
        read("pengaduan", caseId);
        read("sbmi", caseId);
        as("admin").queryParam("subjectType", "CASE").queryParam("subjectId", caseId).queryParam("action", "CASE_READ")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.actor", hasItems("pengaduan", "sbmi"))
                .body("items.detail", everyItem(startsWith("identity=")));
        as("sbmi").get("/api/v1/audit").then().statusCode(403);
    }

    private static Map<Object, Object> toMap(List<Object> keys, List<Object> values) {
        Map<Object, Object> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }
}
