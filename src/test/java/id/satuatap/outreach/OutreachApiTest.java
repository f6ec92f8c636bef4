package id.satuatap.outreach;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class OutreachApiTest {

    static final String GEBANG = "3209302008";

    static Map<String, Object> session(String villageCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", "2026-11-20");
        body.put("villageCode", villageCode);
        body.put("topics", List.of("SAFE_MIGRATION", "FEES", "COMPLAINT_CHANNELS"));
        body.put("attendance", Map.of("female", 34, "male", 12));
        return body;
    }

    @Test
    void aPartnerRecordsAndCorrectsItsOwnSession() {
        Response created = as("sbmi").body(session("32.09.30.2008")).post("/api/v1/outreach-sessions");
        created.then().statusCode(201).header("ETag", is("\"0\""))
                .body("villageCode", is(GEBANG)).body("regencyCode", is("3209"))
                .body("holder", is("SBMI")).body("holderType", is("PARTNER"))
                .body("topics", contains("SAFE_MIGRATION", "FEES", "COMPLAINT_CHANNELS"))
                .body("attendanceTotal", is(46));
        String id = created.path("id");
        Map<String, Object> corrected = session(GEBANG);
        corrected.put("attendance", Map.of("female", 40, "male", 12));
        corrected.put("topics", List.of("DOCUMENTS"));
        as("sbmi").header("If-Match", "\"0\"").body(corrected).put("/api/v1/outreach-sessions/" + id)
                .then().statusCode(200).header("ETag", is("\"1\"")).body("attendance.female", is(40))
                .body("topics", contains("DOCUMENTS"));
        as("sbmi").header("If-Match", "\"0\"").body(corrected).put("/api/v1/outreach-sessions/" + id)
                .then().statusCode(409);
        as("sbmi").body(corrected).put("/api/v1/outreach-sessions/" + id).then().statusCode(428);
    }

    @Test
    void anotherHolderCannotSeeOrEditASessionItDidNotHold() {
        String id = as("disnaker").body(session(GEBANG)).post("/api/v1/outreach-sessions")
                .then().statusCode(201).body("holder", is("DISNAKER")).body("holderType", is("DESK"))
                .extract().path("id");
        Map<String, Object> takeover = session(GEBANG);
        takeover.put("attendance", Map.of("female", 0, "male", 0));
        as("pengaduan").header("If-Match", "*").body(takeover).put("/api/v1/outreach-sessions/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        as("wcc").header("If-Match", "*").body(takeover).put("/api/v1/outreach-sessions/" + id).then().statusCode(404);
        as("pengaduan").get("/api/v1/outreach-sessions/" + id).then().statusCode(404);
        as("pengaduan").get("/api/v1/outreach-sessions").then().statusCode(200).body("items.id", not(hasItem(id)));
        // The coordinator sees every session but corrects none: that stays with who held it.
        as("coordinator").get("/api/v1/outreach-sessions/" + id).then().statusCode(200);
        as("coordinator").header("If-Match", "*").body(takeover).put("/api/v1/outreach-sessions/" + id)
                .then().statusCode(403);
        // A holder cannot hand its session to another desk either.
        takeover.put("holder", "PENGADUAN");
        as("disnaker").header("If-Match", "*").body(takeover).put("/api/v1/outreach-sessions/" + id)
                .then().statusCode(400).body("errors.field", contains("holder"));
        as("disnaker").get("/api/v1/outreach-sessions/" + id).then().statusCode(200).body("attendanceTotal", is(46));
    }

    @Test
    void theCoordinatorSeesAllSessionsAndFiltersByRegion() {
        String bySbmi = as("sbmi").body(session(GEBANG)).post("/api/v1/outreach-sessions").then().statusCode(201)
                .extract().path("id");
        String byDesk = as("bp3mi").body(session("5301042003")).post("/api/v1/outreach-sessions").then().statusCode(201)
                .extract().path("id");
        as("coordinator").queryParam("limit", 200).get("/api/v1/outreach-sessions").then().statusCode(200)
                .body("items.id", hasItems(bySbmi, byDesk));
        as("coordinator").queryParam("region", "53").queryParam("limit", 200).get("/api/v1/outreach-sessions")
                .then().statusCode(200).body("items.id", hasItem(byDesk)).body("items.id", not(hasItem(bySbmi)));
        as("sbmi").queryParam("limit", 200).get("/api/v1/outreach-sessions").then().statusCode(200)
                .body("items.holder", everyItem(is("SBMI"))).body("items.id", hasItem(bySbmi));
    }

    @Test
    void badInputIsNamed() {
        Map<String, Object> body = session("3209300000");
        as("sbmi").body(body).post("/api/v1/outreach-sessions").then().statusCode(400)
                .body("errors.field", contains("villageCode"));
        body = session(GEBANG);
        body.put("topics", List.of("GOSSIP"));
        as("sbmi").body(body).post("/api/v1/outreach-sessions").then().statusCode(400);
        body = session(GEBANG);
        body.put("attendance", Map.of("female", -1, "male", 3));
        as("sbmi").body(body).post("/api/v1/outreach-sessions").then().statusCode(400)
                .body("errors.field", contains("attendance.female"));
        body = session(GEBANG);
        body.put("holder", "WCC");
        as("sbmi").body(body).post("/api/v1/outreach-sessions").then().statusCode(400)
                .body("errors.field", contains("holder"));
        as("coordinator").queryParam("from", "yesterday").get("/api/v1/outreach-sessions").then().statusCode(400)
                .body("errors.field", contains("from"));
    }

    @Test
    void workersAndAnonymousCallersHaveNoPartInOutreach() {
        as("worker1").body(session(GEBANG)).post("/api/v1/outreach-sessions").then().statusCode(403);
        anonymous().body(session(GEBANG)).post("/api/v1/outreach-sessions").then().statusCode(401);
        as("coordinator").body(session(GEBANG)).post("/api/v1/outreach-sessions").then().statusCode(403);
    }
}
