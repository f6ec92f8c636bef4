package id.satuatap.region;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static id.satuatap.support.Workers.body;
import static id.satuatap.support.Workers.womansNik;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class RegionApiTest {

    /** Gebang, district Gebang, Cirebon regency, West Java. */
    static final String GEBANG = "3209302008";

    @Test
    void searchesByNameLevelAndParentWithoutSigningIn() {
        anonymous().queryParam("q", "gebang").queryParam("level", "VILLAGE").queryParam("parent", "32.09")
                .get("/api/v1/regions").then().statusCode(200)
                .body("items.code", hasItems(GEBANG, "3209302007"))
                .body("items.level", everyItem(is("VILLAGE")))
                .body("items.code", everyItem(startsWith("3209")))
                .body("items.find { it.code == '3209302008' }.path", is("Gebang, Kabupaten Cirebon, Jawa Barat"))
                .body("items.find { it.code == '3209302008' }.parentCode", is("320930"));
        anonymous().queryParam("level", "PROVINCE").queryParam("limit", 200).get("/api/v1/regions").then().statusCode(200)
                .body("items", hasSize(38)).body("items.code", hasItems("32", "53", "96")).body("nextCursor", nullValue());
    }

    @Test
    void pagesThroughAParentsAreas() {
        String cursor = anonymous().queryParam("parent", "3209").queryParam("level", "DISTRICT").queryParam("limit", 20)
                .get("/api/v1/regions").then().statusCode(200).body("items", hasSize(20))
                .extract().path("nextCursor");
        anonymous().queryParam("parent", "3209").queryParam("level", "DISTRICT").queryParam("limit", 20)
                .queryParam("cursor", cursor).get("/api/v1/regions").then().statusCode(200)
                .body("items[0].code", is("320921"));
    }

    @Test
    void readsOneAreaWrittenWithOrWithoutDots() {
        anonymous().get("/api/v1/regions/32.09.30.2008").then().statusCode(200)
                .body("code", is(GEBANG)).body("name", is("Gebang")).body("level", is("VILLAGE"));
        anonymous().get("/api/v1/regions/5301").then().statusCode(200).body("name", is("Kabupaten Kupang"));
        anonymous().get("/api/v1/regions/3209309999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badFiltersAreNamed() {
        anonymous().queryParam("level", "HAMLET").get("/api/v1/regions").then().statusCode(400)
                .body("errors.field", contains("level"));
        anonymous().queryParam("parent", "3299").get("/api/v1/regions").then().statusCode(400)
                .body("errors.field", contains("parent"));
    }

    @Test
    void aWorkersAddressTakesARealVillageCodeAndRefusesAMadeUpOne() {
        Map<String, Object> worker = body(womansNik(), "FEMALE", "2001-03-05");
        worker.put("address", address("3209309999"));
        as("disnaker").header("Accept-Language", "en").body(worker).post("/api/v1/workers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("address.villageCode"))
                .body("errors[0].message", is("is not a known village code (10 digits)"));
        worker.put("address", address("5301042003"));
        as("disnaker").body(worker).post("/api/v1/workers").then().statusCode(400)
                .body("errors.field", contains("address.villageCode"))
                .body("errors[0].message", containsString("outside"));
        worker.put("address", address("32.09.30.2008"));
        String id = as("disnaker").body(worker).post("/api/v1/workers").then().statusCode(201)
                .body("address.villageCode", is(GEBANG)).extract().path("id");
        as("disnaker").get("/api/v1/workers/" + id).then().statusCode(200).body("address.villageCode", is(GEBANG));
    }

    @Test
    void aCaseTakesARealVillageCodeAndRefusesAMadeUpOne() {
        Map<String, Object> body = caseBody();
        body.put("villageCode", "3209300000");
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", contains("villageCode"));
        body.put("villageCode", "12345");
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", contains("villageCode"));
        body.put("villageCode", GEBANG);
        String id = as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as("pengaduan").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("villageCode", is(GEBANG)).body("regencyCode", is("3209"));
    }

    @Test
    void aCasesRegencyMustExist() {
        Map<String, Object> body = caseBody();
        body.put("regencyCode", "3299");
        as("pengaduan").body(body).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", contains("regencyCode"));
    }

    private static Map<String, Object> address(String villageCode) {
        return Map.of("village", "Gebang", "district", "Gebang", "regencyCode", "3209", "provinceCode", "32",
                "villageCode", villageCode);
    }

    private static Map<String, Object> caseBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "WALK_IN");
        body.put("reporter", Map.of("type", "COMMUNITY", "name", "Pak Darto"));
        body.put("worker", Map.of("fullName", "Rina", "sex", "FEMALE"));
        body.put("stage", "PRE_DEPARTURE");
        body.put("category", "JOB_FRAUD");
        body.put("description", "A sponsor collected fees for a job that does not exist");
        body.put("consent", Map.of("shareWithPartners", true, "shareWithAuthorities", true));
        return body;
    }
}
