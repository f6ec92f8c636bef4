package id.satuatap.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class PartnerApiTest {

    /** A shelter far from the demo cases (Papua, PG), so that routing tests never pick it. */
    private static Map<String, Object> shelter(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Rumah Aman");
        body.put("type", "SHELTER");
        body.put("services", List.of("SHELTER", "PSYCHOSOCIAL_SUPPORT"));
        body.put("regencyCodes", List.of("9171"));
        body.put("countries", List.of("PG"));
        body.put("languages", List.of("id"));
        body.put("capacity", 20);
        return body;
    }

    private static String freshCode() {
        return "SHELTER_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
    }

    @Test
    void theDemoPartnersAreThereForEveryone() {
        as("worker1").get("/api/v1/partners/SBMI").then().statusCode(200).body("type", is("UNION")).header("ETag", notNullValue());
        as("sbmi").queryParam("type", "EMBASSY").get("/api/v1/partners").then().statusCode(200)
                .body("items.code", hasItems("KBRI_KUALA_LUMPUR", "KBRI_RIYADH")).body("items.type", everyItem(is("EMBASSY")));
        as("pengaduan").get("/api/v1/partners").then().statusCode(200)
                .body("items.code", hasItems("SBMI", "WCC", "LBH", "POLDA_TPPO", "BP2MI_CRISIS"));
        as("pengaduan").queryParam("type", "NOPE").get("/api/v1/partners").then().statusCode(400)
                .body("errors.field", contains("type"));
        as("pengaduan").get("/api/v1/partners/NOPE").then().statusCode(404);
    }

    @Test
    void anAdminMaintainsTheDirectory() {
        String code = freshCode();
        as("admin").body(shelter(code)).post("/api/v1/partners").then().statusCode(201)
                .header("Location", endsWith("/api/v1/partners/" + code)).body("active", is(true));
        as("admin").body(shelter(code)).post("/api/v1/partners").then().statusCode(409);
        String etag = as("admin").get("/api/v1/partners/" + code).then().statusCode(200).extract().header("ETag");

        Map<String, Object> changed = shelter(code);
        changed.put("capacity", 40);
        changed.put("active", false);
        String newEtag = as("admin").header("If-Match", etag).body(changed).put("/api/v1/partners/" + code).then().statusCode(200)
                .body("capacity", is(40)).body("active", is(false)).extract().header("ETag");
        as("admin").header("If-Match", etag).body(changed).put("/api/v1/partners/" + code).then().statusCode(409);
        as("admin").header("If-Match", newEtag).body(changed).put("/api/v1/partners/" + code).then().statusCode(200);
        as("admin").body(changed).put("/api/v1/partners/" + code).then().statusCode(428);
        changed.put("code", "OTHER");
        as("admin").header("If-Match", newEtag).body(changed).put("/api/v1/partners/" + code).then().statusCode(400)
                .body("errors.field", contains("code"));
        as("admin").header("If-Match", "\"0\"").body(shelter("NOT_THERE_1")).put("/api/v1/partners/NOT_THERE_1")
                .then().statusCode(404);
    }

    @Test
    void othersOnlyRead() {
        as("sbmi").body(shelter(freshCode())).post("/api/v1/partners").then().statusCode(403);
        as("coordinator").header("If-Match", "\"0\"").body(shelter("SBMI")).put("/api/v1/partners/SBMI").then().statusCode(403);
    }

    @Test
    void badRecordsAreRefusedNamingTheField() {
        Map<String, Object> body = shelter("bad code");
        body.put("regencyCodes", List.of("32A9"));
        body.put("capacity", -1);
        body.remove("type");
        as("admin").body(body).post("/api/v1/partners").then().statusCode(400)
                .body("errors.field", hasItems("code", "type", "capacity"));
        as("admin").body(shelter("PENGADUAN")).post("/api/v1/partners").then().statusCode(400).body("errors.field", contains("code"));
        Map<String, Object> badService = shelter(freshCode());
        badService.put("services", List.of("MAGIC"));
        as("admin").body(badService).post("/api/v1/partners").then().statusCode(400);
    }
}
