package id.satuatap.casework;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static id.satuatap.casework.CaseFixtures.*;
import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ReferralDeliveryApiTest {

    @Test
    void theAcceptingPartnerRecordsWhatItProvidedAndWhen() {
        String caseId = file("pengaduan", caseBody(registeredMan(), "RETURNED", null, "UNPAID_WAGES"));
        triage(caseId, "UNPAID_WAGES", false, "NONE");
        String referral = referral(caseId, "SBMI", "CASE_ADVOCACY");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> delivery = Map.of("deliveredOn", today, "what", "Mediation with the P3MI; wages paid");

        as("sbmi").body(delivery).post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(409)
                .contentType("application/problem+json");
        as("sbmi").post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200)
                .body("deliveryDueAt", notNullValue());
        as("wcc").body(delivery).post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(404);
        as("pengaduan").body(delivery).post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(403);
        anonymous().body(delivery).post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(401);
        as("sbmi").body(Map.of("deliveredOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(), "what", "x"))
                .post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(400)
                .body("errors.field", contains("deliveredOn"));
        as("sbmi").body(Map.of("deliveredOn", today)).post("/api/v1/referrals/" + referral + "/delivery")
                .then().statusCode(400).body("errors.field", contains("what"));

        as("sbmi").body(delivery).post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(200)
                .body("status", is("DELIVERED")).body("deliveredOn", is(today))
                .body("deliveredWhat", is("Mediation with the P3MI; wages paid"));
        as("sbmi").body(delivery).post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(409);
        as("pengaduan").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("timeline.step", hasItem("REFERRAL_DELIVERED"))
                .body("referrals.find { it.id == '" + referral + "' }.status", is("DELIVERED"));
        task("pengaduan", caseId, "follow-up-case");
        as("sbmi").queryParam("status", "DELIVERED").get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", hasItem(referral));
    }
}
