package id.satuatap.agency;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static id.satuatap.support.Workers.body;
import static id.satuatap.support.Workers.womansNik;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class AgencyApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static Map<String, Object> agency(String license, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("licenseNumber", license);
        body.put("name", "PT Uji Penempatan");
        body.put("status", status);
        body.put("validFrom", "2025-01-01");
        body.put("validUntil", "2030-12-31");
        body.put("branchRegencyCodes", List.of("3209", "53.01"));
        return body;
    }

    static String freshLicense() {
        return "P3MI-TEST-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    static String apply(String license) {
        String workerId = as("disnaker").body(body(womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
        return as("disnaker").body(Map.of("workerId", workerId, "destinationCountry", "TW", "sector", "MANUFACTURING",
                        "jobTitle", "Factory operator", "employerName", "Formosa Electronics Ltd", "scheme", "P3MI",
                        "placementAgencyLicense", license))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    @Test
    void bp3miRegistersAndSuspendsAnAgency() {
        String license = freshLicense();
        as("bp3mi").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(201)
                .header("ETag", is("\"0\"")).body("licensed", is(true))
                .body("branchRegencyCodes", contains("3209", "5301"))
                .body("counts.redFlags", is(0)).body("counts.cases", is(0)).body("counts.tips", is(0));
        as("disnaker").header("If-Match", "\"0\"").body(agency(license, "SUSPENDED")).put("/api/v1/agencies/" + license)
                .then().statusCode(200).body("status", is("SUSPENDED")).body("licensed", is(false))
                .body("updatedBy", is("disnaker"));
        as("worker1").get("/api/v1/agencies/" + license).then().statusCode(200).body("status", is("SUSPENDED"));
        as("bp3mi").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(409);
    }

    @Test
    void onlyBp3miDisnakerAndAdminsKeepTheRegistry() {
        String license = freshLicense();
        as("pengaduan").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(403)
                .contentType("application/problem+json");
        as("sbmi").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(403);
        as("coordinator").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(403);
        anonymous().body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(401);
        as("admin").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(201);
        as("worker1").header("If-Match", "*").body(agency(license, "REVOKED")).put("/api/v1/agencies/" + license)
                .then().statusCode(403);
        as("pengaduan").get("/api/v1/agencies/" + license).then().statusCode(200).body("status", is("ACTIVE"));
    }

    @Test
    void badInputIsNamed() {
        Map<String, Object> body = agency(freshLicense(), "ACTIVE");
        body.put("branchRegencyCodes", List.of("3299"));
        as("bp3mi").body(body).post("/api/v1/agencies").then().statusCode(400)
                .body("errors.field", contains("branchRegencyCodes[0]"));
        body = agency(freshLicense(), "ACTIVE");
        body.put("validUntil", "2024-01-01");
        as("bp3mi").body(body).post("/api/v1/agencies").then().statusCode(400).body("errors.field", contains("validUntil"));
        body = agency(freshLicense(), "DORMANT");
        as("bp3mi").body(body).post("/api/v1/agencies").then().statusCode(400).body("errors.field", contains("status"));
        as("bp3mi").get("/api/v1/agencies/NO-SUCH-LICENCE").then().statusCode(404);
    }

    @Test
    void anApplicationNamingARevokedLicenceIsStoppedWithARedFlagOfItsOwn() {
        String license = freshLicense();
        as("bp3mi").body(agency(license, "REVOKED")).post("/api/v1/agencies").then().statusCode(201);
        String applicationId = apply(license);
        as("disnaker").get("/api/v1/applications/" + applicationId).then().statusCode(200)
                .body("status", is("STOPPED"))
                .body("redFlags[0].kinds", contains("AGENCY_NOT_LICENSED"));
        as("coordinator").get("/api/v1/agencies/" + license).then().statusCode(200)
                .body("counts.redFlags", is(1));
    }

    @Test
    void anApplicationNamingASuspendedLicenceIsStoppedAndAnActiveOneGoesOn() {
        String suspended = freshLicense();
        as("bp3mi").body(agency(suspended, "SUSPENDED")).post("/api/v1/agencies").then().statusCode(201);
        as("disnaker").get("/api/v1/applications/" + apply(suspended)).then().statusCode(200)
                .body("status", is("STOPPED"));
        String active = freshLicense();
        as("bp3mi").body(agency(active, "ACTIVE")).post("/api/v1/agencies").then().statusCode(201);
        as("disnaker").get("/api/v1/applications/" + apply(active)).then().statusCode(200)
                .body("status", is("IN_PROGRESS")).body("redFlags", empty());
    }

    @Test
    void anUnknownLicenceIsABadRequest() {
        String workerId = as("disnaker").body(body(womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
        as("disnaker").body(Map.of("workerId", workerId, "destinationCountry", "TW", "sector", "MANUFACTURING",
                        "jobTitle", "Factory operator", "employerName", "Formosa Electronics Ltd", "scheme", "P3MI",
                        "placementAgencyLicense", "NOT-IN-REGISTRY"))
                .post("/api/v1/applications").then().statusCode(400).body("errors.field", contains("placementAgencyLicense"));
    }

    @Test
    void theAgencysRecordCountsTipsAndCasesNamingIt() {
        String license = freshLicense();
        as("bp3mi").body(agency(license, "ACTIVE")).post("/api/v1/agencies").then().statusCode(201);
        String tip = anonymous().body(Map.of("description", "Collects fees twice", "placementAgencyLicense", license))
                .post("/api/v1/tips").then().statusCode(201).extract().path("id");
        as("polri").body(Map.of("verified", true, "finding", "Receipts seen", "action", "OPEN_CASE",
                "category", "EXCESSIVE_PLACEMENT_FEES")).post("/api/v1/tips/" + tip + "/verification").then().statusCode(200);
        anonymous().body(Map.of("description", "Recruits in the market", "placementAgencyLicense", license))
                .post("/api/v1/tips").then().statusCode(201);
        as("bp3mi").get("/api/v1/agencies/" + license).then().statusCode(200)
                .body("counts.tips", is(2)).body("counts.cases", is(1)).body("counts.redFlags", is(0));
    }
}
