package id.satuatap.tip;

import id.satuatap.support.EngineClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TipApiTest {

    static final String GEBANG = "3209302008";

    @Inject EngineClock clock;
    @Inject ManagementService management;
    @Inject TaskService tasks;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> tip(boolean anonymous) {
        Map<String, Object> body = new HashMap<>();
        body.put("description", "A sponsor takes girls from the village to Jakarta at night, no papers");
        body.put("villageCode", GEBANG);
        body.put("recruiterName", "Pak Udin");
        body.put("contact", "+6281311112222");
        body.put("anonymous", anonymous);
        return body;
    }

    @Test
    void anyoneCanFileATipWithoutSigningIn() {
        String id = anonymous().body(tip(false)).post("/api/v1/tips").then().statusCode(201)
                .body("status", is("RECEIVED")).body("$", not(hasKey("contact")))
                .extract().path("id");
        as("polri").get("/api/v1/tips/" + id).then().statusCode(200)
                .body("anonymous", is(true)).body("channel", is("MOBILE_APP")).body("filedBy", nullValue())
                .body("regencyCode", is("3209")).body("recruiterName", is("Pak Udin"));
        anonymous().get("/api/v1/tips/" + id).then().statusCode(401);
    }

    @Test
    void theReporterOfAnAnonymousTipStaysHiddenFromPartners() {
        String id = as("worker1").body(tip(true)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("sbmi").get("/api/v1/tips/" + id).then().statusCode(200)
                .body("reporterWithheld", is(true)).body("contact", nullValue()).body("filedBy", nullValue())
                .body("description", containsString("sponsor"));
        as("sbmi").queryParam("limit", 200).get("/api/v1/tips").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.contact", nullValue())
                .body("items.find { it.id == '" + id + "' }.reporterWithheld", is(true));
        as("polri").get("/api/v1/tips/" + id).then().statusCode(200)
                .body("reporterWithheld", is(false)).body("contact", is("+6281311112222")).body("filedBy", is("worker1"));
        as("admin").queryParam("subjectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("TIP_REPORTER_READ"));
        String named = as("worker1").body(tip(false)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("sbmi").get("/api/v1/tips/" + named).then().statusCode(200).body("contact", is("+6281311112222"));
    }

    @Test
    void othersDoNotSeeATip() {
        String id = as("worker1").body(tip(true)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("disnaker").get("/api/v1/tips/" + id).then().statusCode(404).contentType("application/problem+json");
        as("worker2").get("/api/v1/tips/" + id).then().statusCode(404);
        as("worker1").get("/api/v1/tips/" + id).then().statusCode(200).body("contact", is("+6281311112222"));
        Map<String, Object> elsewhere = tip(false);
        elsewhere.put("villageCode", "5301042003");
        String inKupang = as("pengaduan").body(elsewhere).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("sbmi").get("/api/v1/tips/" + inKupang).then().statusCode(404);
    }

    @Test
    void aMadeUpVillageIsRefused() {
        Map<String, Object> body = tip(false);
        body.put("villageCode", "3209309999");
        anonymous().body(body).post("/api/v1/tips").then().statusCode(400).body("errors.field", contains("villageCode"));
        body.put("villageCode", GEBANG);
        body.put("regencyCode", "5301");
        anonymous().body(body).post("/api/v1/tips").then().statusCode(400).body("errors.field", contains("villageCode"));
        body.remove("description");
        anonymous().body(body).post("/api/v1/tips").then().statusCode(400).body("errors.field", hasItem("description"));
    }

    @Test
    void aVerifiedTipOpensACase() {
        Map<String, Object> body = tip(true);
        body.put("placementAgencyLicense", "KEP-99/2024");
        String id = as("sbmi").body(body).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        Map<String, Object> finding = Map.of("verified", true, "finding", "Two departures confirmed by the village head",
                "action", "OPEN_CASE", "category", "NON_PROCEDURAL_DEPARTURE");
        as("disnaker").body(finding).post("/api/v1/tips/" + id + "/verification").then().statusCode(404);
        as("sbmi").body(finding).post("/api/v1/tips/" + id + "/verification").then().statusCode(403);
        String caseId = as("polri").body(finding).post("/api/v1/tips/" + id + "/verification").then().statusCode(200)
                .body("status", is("VERIFIED")).body("verifiedBy", is("polri")).body("caseId", notNullValue())
                .extract().path("caseId");
        as("pengaduan").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("category", is("NON_PROCEDURAL_DEPARTURE")).body("villageCode", is(GEBANG))
                .body("respondent", is("KEP-99/2024")).body("consent.shareWithPartners", is(false));
        as("bp3mi").body(finding).post("/api/v1/tips/" + id + "/verification").then().statusCode(409);
    }

    @Test
    void aVerifiedTipJoinsAnExistingCase() {
        String first = as("pengaduan").body(tip(false)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        String caseId = as("polri").body(Map.of("verified", true, "finding", "Confirmed", "action", "OPEN_CASE"))
                .post("/api/v1/tips/" + first + "/verification").then().statusCode(200).extract().path("caseId");
        String second = as("pengaduan").body(tip(false)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("bp3mi").body(Map.of("verified", true, "finding", "Same broker", "action", "ATTACH_TO_CASE",
                "caseId", "no-such-case")).post("/api/v1/tips/" + second + "/verification").then().statusCode(400)
                .body("errors.field", contains("caseId"));
        as("bp3mi").body(Map.of("verified", false, "finding", "x", "action", "OPEN_CASE"))
                .post("/api/v1/tips/" + second + "/verification").then().statusCode(400)
                .body("errors.field", contains("action"));
        as("bp3mi").body(Map.of("verified", true, "finding", "Same broker", "action", "ATTACH_TO_CASE", "caseId", caseId))
                .post("/api/v1/tips/" + second + "/verification").then().statusCode(200).body("caseId", is(caseId));
        as("pengaduan").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("timeline.step", hasItem("TIP_ATTACHED"));
    }

    @Test
    void anUnfoundedTipLeadsNowhere() {
        String id = anonymous().body(tip(false)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("bp3mi").body(Map.of("verified", false, "finding", "No such person in the village"))
                .post("/api/v1/tips/" + id + "/verification").then().statusCode(200)
                .body("status", is("UNFOUNDED")).body("caseId", nullValue());
    }

    @Test
    void aTipNotVerifiedInTimeBringsInTheCoordinator() {
        String id = anonymous().body(tip(false)).post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("coordinator").body(Map.of("verified", true, "finding", "early")).post("/api/v1/tips/" + id + "/verification")
                .then().statusCode(403);
        String instance = QuarkusTransaction.requiringNew().call(() -> Tip.<Tip>findById(id).processInstanceId);
        clock.advance(Duration.ofHours(47));
        assertEquals(0, runDue(instance));
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertEquals(1, runDue(instance));
        as("polri").get("/api/v1/tips/" + id).then().statusCode(200).body("escalated", is(true));
        var verify = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("verify-tip").singleResult();
        List<String> groups = tasks.getIdentityLinksForTask(verify.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).sorted().toList();
        assertEquals(List.of("BP3MI", "COORDINATOR", "POLRI"), groups);
        as("coordinator").body(Map.of("verified", true, "finding", "Chased the unit; confirmed"))
                .post("/api/v1/tips/" + id + "/verification").then().statusCode(200).body("status", is("VERIFIED"));
        assertTrue(tasks.createTaskQuery().processInstanceId(instance).list().isEmpty());
    }

    /** Runs this tip's due jobs only: other tests' timers in the shared database are not this test's business. */
    private int runDue(String processInstanceId) {
        List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }
}
