package id.satuatap.casework;

import id.satuatap.support.NikSerials;
import id.satuatap.support.Workers;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.as;

/** Workers, cases and process steps that the case-handling tests build on; every call makes fresh data. */
final class CaseFixtures {

    private CaseFixtures() {
    }

    private static String serial() {
        return NikSerials.next();
    }

    /** A man born 10 May 1990 in Cirebon regency (3209), registered by the DISNAKER desk. */
    static String registeredMan() {
        return register("disnaker", "320915" + "100590" + serial(), "Budi Santoso", "MALE", "1990-05-10");
    }

    /** The worker record a demo worker account speaks for (a woman from Cirebon, linked by the demo data at start). */
    static String ownWorkerRecord(String username) {
        return Workers.ownWorkerRecord(username);
    }

    private static String register(String username, String nik, String name, String sex, String birthDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("nik", nik);
        body.put("fullName", name);
        body.put("sex", sex);
        body.put("birthDate", birthDate);
        body.put("birthPlace", "Cirebon");
        body.put("maritalStatus", "MARRIED");
        body.put("address", Map.of("village", "Gebang", "district", "Gebang", "regencyCode", "3209", "provinceCode", "32"));
        body.put("phone", "+6281234567890");
        return as(username).body(body).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> caseBody(String workerId, String stage, String country, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "WALK_IN");
        body.put("reporter", Map.of("type", "WORKER", "name", "Budi Santoso", "phone", "+6281311112222"));
        if (workerId != null) {
            body.put("workerId", workerId);
        }
        body.put("stage", stage);
        if (country != null) {
            body.put("country", country);
        }
        body.put("category", category);
        body.put("description", "Not paid for four months; the employer keeps the passport.");
        body.put("consent", Map.of("shareWithPartners", true, "shareWithAuthorities", true));
        return body;
    }

    static String file(String username, Map<String, Object> body) {
        return as(username).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    /** The one open task of this case (any of its processes) with that definition key, as the given user sees it. */
    static String task(String username, String caseId, String taskDefinitionKey) {
        List<String> ids = as(username).queryParam("businessKey", caseId).get("/api/v1/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.taskDefinitionKey == '" + taskDefinitionKey + "' }.id");
        if (ids.size() != 1) {
            throw new AssertionError(username + " sees " + ids.size() + " " + taskDefinitionKey + " tasks on case " + caseId);
        }
        return ids.get(0);
    }

    static void complete(String username, String taskId, Map<String, Object> variables) {
        as(username).body(Map.of("variables", variables)).post("/api/v1/tasks/" + taskId + "/complete")
                .then().statusCode(204);
    }

    static void triage(String caseId, String category, boolean urgent, String legalService) {
        complete("pengaduan", task("pengaduan", caseId, "triage-case"),
                Map.of("category", category, "urgent", urgent, "legalService", legalService));
    }

    static JsonPath read(String username, String caseId) {
        return as(username).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    /** The id of the referral of this case to that partner for that service. */
    /** The partner accepts the referral and records it delivered today: the chain is done. */
    static void acceptAndDeliver(String username, String referralId) {
        as(username).post("/api/v1/referrals/" + referralId + "/accept").then().statusCode(200);
        as(username).body(Map.of("deliveredOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                "what", "Took the complaint up with the employer")).post("/api/v1/referrals/" + referralId + "/delivery")
                .then().statusCode(200);
    }

    static String referral(String caseId, String partnerCode, String service) {
        return read("admin", caseId).getString("referrals.find { it.partnerCode == '" + partnerCode
                + "' && it.service == '" + service + "' }.id");
    }
}
