package id.satuatap.predeparture;

import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

/** ApplicationAccess through the API: other workers, other desks and partners see nothing they should not. */
@QuarkusTest
class ApplicationAccessTest {

    @Test
    void aWorkerReadsOnlyTheApplicationsOfTheirOwnRecord() {
        String own = ownWorkerRecord("worker1");
        String other = ownWorkerRecord("worker2");
        String mine = as("worker1").body(Journey.applicationBody(own, "HK", "MANUFACTURING")).post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        String theirs = as("disnaker").body(Journey.applicationBody(other, "HK", "MANUFACTURING")).post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");

        as("worker1").get("/api/v1/applications/" + mine).then().statusCode(200)
                .body("statusText", containsString("Disnaker"))
                .body("openTasks", nullValue())
                .body("timeline[0].actor", nullValue());
        as("disnaker").get("/api/v1/applications/" + mine).then().statusCode(200)
                .body("openTasks", hasSize(1)).body("timeline[0].actor", is("worker1"));
        // The staff view is kept now; the worker still gets their own.
        as("worker1").get("/api/v1/applications/" + mine).then().statusCode(200)
                .body("openTasks", nullValue()).body("timeline[0].actor", nullValue());
        as("worker1").get("/api/v1/applications/" + theirs).then().statusCode(404);
        as("worker1").get("/api/v1/applications").then().statusCode(200).body("items.id", everyItem(is(mine)));
        as("worker1").queryParam("workerId", other).get("/api/v1/applications").then().statusCode(200).body("items", empty());
        as("worker1").body(Journey.applicationBody(other, "HK", "MANUFACTURING")).post("/api/v1/applications")
                .then().statusCode(400).body("errors.field", contains("workerId"));
        as("disnaker").queryParam("workerId", other).get("/api/v1/applications").then().statusCode(200)
                .body("items.id", contains(theirs));
    }

    @Test
    void partnersSeeNoApplications() {
        Journey journey = Journey.womanAged(33).apply("disnaker");
        as("sbmi").get("/api/v1/applications/" + journey.applicationId).then().statusCode(404);
        as("sbmi").get("/api/v1/applications").then().statusCode(403);
        as("sbmi").body(Journey.applicationBody(journey.worker.id(), "HK", "MANUFACTURING")).post("/api/v1/applications")
                .then().statusCode(403);
        journey.upload("sbmi", "KTP", journey.metadata("KTP")).statusCode(404);
    }

    @Test
    void aDeskCannotSeeOrCompleteAnotherDesksTask() {
        Journey journey = Journey.womanAged(31).apply("disnaker");
        String task = journey.task("disnaker", "check-job-order");
        as("imigrasi").get("/api/v1/tasks/" + task).then().statusCode(404);
        as("imigrasi").body(Map.of("variables", Map.of("jobOrderNumber", "JO-X", "jobOrderValid", true)))
                .post("/api/v1/tasks/" + task + "/complete").then().statusCode(404);
        as("imigrasi").queryParam("businessKey", journey.applicationId).get("/api/v1/tasks").then().body("items", empty());
        journey.view("disnaker").body("stage", is("REGISTRATION"));

        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-4", "jobOrderValid", true));
        journey.uploadValid("KTP");
        String ktp = journey.task("dukcapil", "KTP");
        as("disnaker").body(Map.of("variables", Map.of("decision", "VERIFIED"))).post("/api/v1/tasks/" + ktp + "/complete")
                .then().statusCode(404);
        as("dukcapil").get("/api/v1/tasks/" + ktp).then().statusCode(200)
                .body("form.id", contains("decision", "reason")).body("candidateGroups", contains("DUKCAPIL"));
    }

    @Test
    void aWorkerHasOneApplicationInProgressAtATime() {
        Journey journey = Journey.womanAged(35);
        as("disnaker").body(Journey.applicationBody(journey.worker.id(), "MY", "PLANTATION")).post("/api/v1/applications")
                .then().statusCode(201);
        as("disnaker").body(Journey.applicationBody(journey.worker.id(), "SG", "PLANTATION")).post("/api/v1/applications")
                .then().statusCode(409);
    }

    @Test
    void applicationFieldsAreValidated() {
        Journey journey = Journey.womanAged(34);
        Map<String, Object> body = Journey.applicationBody(journey.worker.id(), "Taiwan", "MANUFACTURING");
        body.remove("placementAgencyLicense");
        as("disnaker").body(body).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", contains("destinationCountry"));
        body.put("destinationCountry", "TW");
        as("disnaker").body(body).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", contains("placementAgencyLicense"));
        as("disnaker").get("/api/v1/applications/no-such-id").then().statusCode(404);
        as("disnaker").queryParam("limit", 0).get("/api/v1/applications").then().statusCode(400);
    }

    /** The worker record a demo worker account speaks for (linked by the demo data at start). */
    static String ownWorkerRecord(String username) {
        return Workers.ownWorkerRecord(username);
    }
}
