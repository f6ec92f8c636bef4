package id.satuatap.report;

import io.restassured.path.json.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.as;

/**
 * Cases the report tests drive through the API at engine times they choose, in East Lampung (1807): a pilot
 * regency its partners cover and no other test files cases in, so a regency filter isolates these tests' data.
 */
final class ReportCases {

    static final String REGENCY = "1807";

    private ReportCases() {
    }

    static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static void after(java.time.Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    /** A returned worker not registered here, complaining of unpaid wages (the routing offers SBMI case advocacy). */
    static String file(String channel, String sex, String category) {
        return file(REGENCY, channel, sex, category);
    }

    static String file(String regency, String channel, String sex, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        body.put("reporter", Map.of("type", "FAMILY", "name", "Keluarga", "phone", "+6281311112222"));
        body.put("worker", Map.of("fullName", "Orang Tanpa Data", "sex", sex));
        body.put("stage", "RETURNED");
        body.put("regencyCode", regency);
        body.put("category", category);
        body.put("description", "Report test case");
        body.put("consent", Map.of("shareWithPartners", true, "shareWithAuthorities", true));
        return as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    static String task(String username, String caseId, String key) {
        List<String> ids = as(username).queryParam("businessKey", caseId).get("/api/v1/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.taskDefinitionKey == '" + key + "' }.id");
        if (ids.size() != 1) {
            throw new AssertionError(username + " sees " + ids.size() + " " + key + " tasks on case " + caseId);
        }
        return ids.get(0);
    }

    static void complete(String username, String caseId, String key, Map<String, Object> variables) {
        as(username).body(Map.of("variables", variables)).post("/api/v1/tasks/" + task(username, caseId, key) + "/complete")
                .then().statusCode(204);
    }

    static void triage(String caseId, String category, boolean urgent) {
        complete("pengaduan", caseId, "triage-case", Map.of("category", category, "urgent", urgent, "legalService", "NONE"));
    }

    static void accept(String partner, String caseId) {
        JsonPath file = as("admin").get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
        String referral = file.getString("referrals.find { it.partnerCode == '" + partner + "' && it.status == 'OFFERED' }.id");
        as(partner.toLowerCase()).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200);
    }

    /** The partner records the accepted referral's service as delivered: its chain is done. */
    static void deliver(String partner, String caseId) {
        JsonPath file = as("admin").get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
        String referral = file.getString("referrals.find { it.partnerCode == '" + partner + "' && it.status == 'ACCEPTED' }.id");
        String today = ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        as(partner.toLowerCase()).body(Map.of("deliveredOn", today, "what", "Took the complaint up with the employer"))
                .post("/api/v1/referrals/" + referral + "/delivery").then().statusCode(200);
    }
}
